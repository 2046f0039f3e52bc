import { readFile } from 'node:fs/promises';

/** Shapes of the vn-admin-units dataset (see src/server/db/seed/vn-admin-units/README.md, MIT). */
export interface Province2025 {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string }[];
}
export interface FormerProvince {
  Code: string;
  FullName: string;
  District: { Code: string; FullName: string; Ward: { Code: string; FullName: string }[] | null }[];
}
export interface ProvinceMerges {
  effectiveDate: string;
  provinces: { code: string; name: string; formerProvinces: { code: string; name: string }[] }[];
}

export interface AdminUnitsData {
  units2025: Province2025[];
  former: FormerProvince[];
  merges: ProvinceMerges;
}

const DATA_DIR = new URL('../../db/seed/vn-admin-units/', import.meta.url);
let cached: Promise<AdminUnitsData> | undefined;

async function readJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(new URL(name, DATA_DIR), 'utf8')) as T;
}

/** The dataset, read once per process. */
export function loadAdminUnitsData(): Promise<AdminUnitsData> {
  cached ??= (async () => ({
    units2025: await readJson<Province2025[]>('units-2025.json'),
    former: await readJson<FormerProvince[]>('units-before-2025-07.json'),
    merges: await readJson<ProvinceMerges>('province-merges-2025.json'),
  }))();
  cached.catch(() => (cached = undefined));
  return cached;
}
