import type { LineageKind, OrgUnitType } from '../../../domain/org/org-unit';
import { api, type Page } from '../../lib/api';

export interface Ancestor {
  id: string;
  name: string;
}

export interface OrgUnitItem {
  id: string;
  name: string;
  type: OrgUnitType;
  code: string | null;
  validFrom: string | null;
  validTo: string | null;
  parentId: string | null;
  depth: number;
  hasChildren: boolean;
  ancestors: Ancestor[];
}

export interface LineageEventView {
  id: string;
  kind: LineageKind;
  direction: 'in' | 'out';
  effectiveDate: string;
  legalBasis: string | null;
  note: string | null;
  otherUnit: { id: string; name: string; validFrom: string | null; validTo: string | null };
}

export interface OrgUnitDetail extends Omit<OrgUnitItem, 'hasChildren'> {
  externalKey: string | null;
  note: string | null;
  path: string;
  version: number;
  events: LineageEventView[];
  children: { total: number; inForce: number; asOf: string };
}

export interface OrgUnitQuery {
  q?: string;
  asOf?: string;
  parentId?: string;
  type?: OrgUnitType;
  page?: number;
  pageSize?: number;
}

export const orgKeys = {
  all: ['org-units'] as const,
  list: (query: OrgUnitQuery) => ['org-units', 'list', query] as const,
  detail: (id: string, asOf: string) => ['org-units', 'detail', id, asOf] as const,
};

export function listOrgUnits(query: OrgUnitQuery): Promise<Page<OrgUnitItem>> {
  return api.get<Page<OrgUnitItem>>('/api/org-units', { pageSize: 200, ...query });
}

export function getOrgUnit(id: string, asOf: string): Promise<OrgUnitDetail> {
  return api.get<OrgUnitDetail>(`/api/org-units/${id}`, { asOf });
}

/** "Tỉnh A › Huyện B" */
export function breadcrumbText(ancestors: readonly Ancestor[]): string {
  return ancestors.map((a) => a.name).join(' › ');
}
