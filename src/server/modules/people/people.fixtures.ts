import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { ETHNIC_GROUPS } from '../../../domain/people/ethnic-groups';
import type { GenderCode, OccupationGroup } from '../../../domain/people/person';
import { formatDmyDate } from '../../../domain/people/person-row';
import { GENDER_LABELS, OCCUPATION_GROUP_LABELS } from '../../../domain/people/person';
import { streamPeopleSheet } from './people-excel';

/** Deterministic, plausible people of Tuyên Quang / Hà Giang, for the demo seed, tests and benchmarks. */

/** mulberry32: a small seeded PRNG (never Math.random, so data are reproducible). */
export function createPrng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Prng = ReturnType<typeof createPrng>;

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vàng',
  'Sùng',
  'Giàng',
  'Lò',
  'Ma',
  'Nông',
  'Đặng',
  'Triệu',
  'Hà',
  'Lý',
  'Bàn',
  'Quan',
  'Lục',
  'Đỗ',
  'Vũ',
];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Xuân', 'Hữu', 'Thành', 'Mạnh', 'Seo', 'A'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Minh', 'Thanh', 'Hồng', 'Thị Thu', 'Mai'];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đông',
  'Giang',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Mạnh',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Tuấn',
  'Việt',
  'Chính',
  'Páo',
  'Dình',
  'Sính',
];
const GIVEN_FEMALE = [
  'Anh',
  'Chi',
  'Dung',
  'Hà',
  'Hằng',
  'Hoa',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngọc',
  'Nhung',
  'Phương',
  'Thảo',
  'Trang',
  'Vân',
  'Yến',
  'Dợ',
  'Mỷ',
  'Súa',
];
/** Ethnic groups typical of Tuyên Quang and Hà Giang, weighted roughly by population. */
const ETHNICITIES = [
  'Kinh',
  'Kinh',
  'Kinh',
  'Tày',
  'Tày',
  'Tày',
  'Dao',
  'Dao',
  'Mông',
  'Mông',
  'Nùng',
  'Giáy',
  'La Chí',
  'Sán Chay',
  'Pà Thẻn',
  'Lô Lô',
];
const ETHNIC_CODE = new Map<string, string>(ETHNIC_GROUPS.map(([c, n]) => [n, c]));

export const POSITIONS: { title: string; leader: boolean; group: OccupationGroup }[] = [
  { title: 'Chủ tịch UBND xã', leader: true, group: 'civil_servant' },
  { title: 'Phó Chủ tịch UBND xã', leader: true, group: 'civil_servant' },
  { title: 'Bí thư Đảng ủy xã', leader: true, group: 'civil_servant' },
  { title: 'Công chức Văn phòng - Thống kê', leader: false, group: 'civil_servant' },
  { title: 'Công chức Tài chính - Kế toán', leader: false, group: 'civil_servant' },
  { title: 'Công chức Văn hóa - Xã hội', leader: false, group: 'civil_servant' },
  { title: 'Hiệu trưởng', leader: true, group: 'civil_servant' },
  { title: 'Giáo viên', leader: false, group: 'civil_servant' },
  { title: 'Giáo viên', leader: false, group: 'civil_servant' },
  { title: 'Bác sĩ', leader: false, group: 'civil_servant' },
  { title: 'Y sĩ trạm y tế', leader: false, group: 'civil_servant' },
  { title: 'Chuyên viên', leader: false, group: 'civil_servant' },
  { title: 'Trưởng phòng', leader: true, group: 'civil_servant' },
  { title: 'Nông dân', leader: false, group: 'farmer' },
  { title: 'Nông dân', leader: false, group: 'farmer' },
  { title: 'Công nhân', leader: false, group: 'worker' },
  { title: 'Trưởng thôn', leader: false, group: 'direct_labourer' },
  { title: 'Chiến sĩ Công an xã', leader: false, group: 'armed_forces' },
];

export interface GeneratedPerson {
  fullName: string;
  gender: GenderCode;
  birthDate: string;
  ethnicity: string;
  ethnicityName: string;
  citizenId: string;
  externalCode: string;
  position: string;
  isLeader: boolean;
  occupationGroup: OccupationGroup;
  recruitedOn: string;
  phone: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The i-th person of a seeded series; citizen IDs are unique for i < 1,000,000 and agree with birth and gender. */
export function generatePerson(rng: Prng, i: number, series = 0): GeneratedPerson {
  const gender: GenderCode = rng.chance(0.5) ? 'male' : 'female';
  const given = rng.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
  const middle = rng.pick(gender === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE);
  const fullName = `${rng.pick(FAMILY)} ${middle} ${given}`;
  const year = rng.int(1965, 2002);
  const birthDate = `${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`;
  const ethnicityName = rng.pick(ETHNICITIES);
  const job = rng.pick(POSITIONS);
  const century = Math.floor((year - 1900) / 100);
  const province = rng.chance(0.6) ? '008' : '002';
  const serial = ((i + series * 7919) * 611_953 + 17) % 1_000_000; // a bijection on 0..999999: unique per i
  const citizenId = `${province}${century * 2 + (gender === 'female' ? 1 : 0)}${pad(year % 100, 2)}${pad(serial, 6)}`;
  const recruitedYear = Math.min(year + rng.int(19, 30), 2024);
  return {
    fullName,
    gender,
    birthDate,
    ethnicity: ETHNIC_CODE.get(ethnicityName) ?? '01',
    ethnicityName,
    citizenId,
    externalCode: `CB${series ? `${series}-` : ''}${pad(i + 1, 6)}`,
    position: job.title,
    isLeader: job.leader,
    occupationGroup: job.group,
    recruitedOn: `${recruitedYear}-${pad(rng.int(1, 12), 2)}-01`,
    phone: `09${pad(rng.int(0, 99_999_999), 8)}`,
  };
}

/** Template-layout cells of a generated person (STT excluded). */
export function personCells(p: GeneratedPerson, unit?: { code: string | null; name: string }): string[] {
  return [
    p.fullName,
    GENDER_LABELS[p.gender],
    formatDmyDate(p.birthDate),
    p.ethnicityName,
    p.citizenId,
    p.externalCode,
    p.position,
    p.isLeader ? 'Có' : 'Không',
    OCCUPATION_GROUP_LABELS[p.occupationGroup],
    formatDmyDate(p.recruitedOn),
    unit?.code ?? '',
    unit?.code ? '' : (unit?.name ?? ''),
    p.phone,
    '',
    '',
  ];
}

/**
 * Writes an import workbook of `rows` generated people (streamed, so 50,000 rows are fine) to `filePath`.
 * `units` are spread over the rows; `mutate` lets a test spoil some cells.
 */
export async function generatePeopleWorkbook(
  filePath: string,
  rows: number,
  seed: number,
  opts: {
    units?: { code: string | null; name: string }[];
    mutate?: (cells: string[], index: number) => void;
  } = {},
) {
  const rng = createPrng(seed);
  const out = createWriteStream(filePath);
  const PAGE = 5000;
  async function* pages() {
    for (let start = 0; start < rows; start += PAGE) {
      const page: string[][] = [];
      for (let i = start; i < Math.min(rows, start + PAGE); i++) {
        const unit = opts.units?.length ? opts.units[i % opts.units.length] : undefined;
        const cells = personCells(generatePerson(rng, i, seed), unit);
        opts.mutate?.(cells, i);
        page.push(cells);
      }
      yield page;
    }
  }
  await streamPeopleSheet(out, pages());
  await finished(out);
}
