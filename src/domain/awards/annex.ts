/**
 * Historical decision annexes (phụ lục kèm quyết định khen thưởng): the table every decision carries —
 * STT, Họ và tên, Chức vụ, Đơn vị, Danh hiệu/Hình thức, Số quyết định, Ngày — read back into the ledger.
 * Pure: parsing a row, recognising the title or form from its Vietnamese wording, and matching a row to the
 * people already known (citizen ID when present, else name + date of birth + unit, accent-insensitive).
 */
import { checkCitizenId } from '../people/citizen-id';
import { parseDmyDate } from '../people/person-row';
import { foldVietnamese, normaliseName } from '../text/vietnamese';

export const ANNEX_COLUMNS = [
  { key: 'stt', header: 'STT', aliases: ['so thu tu', 'tt'] },
  { key: 'fullName', header: 'Họ và tên*', aliases: ['ho ten', 'ho va ten ca nhan'] },
  { key: 'position', header: 'Chức vụ', aliases: ['chuc danh'] },
  {
    key: 'unitName',
    header: 'Đơn vị',
    aliases: ['don vi cong tac', 'chuc vu don vi', 'chuc vu don vi cong tac', 'noi cong tac'],
  },
  {
    key: 'award',
    header: 'Danh hiệu/Hình thức*',
    aliases: [
      'danh hieu',
      'hinh thuc',
      'hinh thuc khen thuong',
      'danh hieu hinh thuc khen thuong',
      'danh hieu thi dua',
    ],
  },
  {
    key: 'decisionNumber',
    header: 'Số quyết định*',
    aliases: ['so qd', 'quyet dinh so', 'so quyet dinh khen thuong'],
  },
  {
    key: 'decisionDate',
    header: 'Ngày*',
    aliases: ['ngay quyet dinh', 'ngay ky', 'ngay ban hanh', 'ngay qd'],
  },
  { key: 'birthDate', header: 'Ngày sinh', aliases: ['sinh ngay'] },
  {
    key: 'citizenId',
    header: 'Số định danh cá nhân',
    aliases: ['so cccd', 'cccd', 'so can cuoc', 'so dinh danh'],
  },
  { key: 'evaluationYear', header: 'Năm xét', aliases: ['nam', 'nam thanh tich', 'nam danh gia'] },
] as const;
export type AnnexColumnKey = (typeof ANNEX_COLUMNS)[number]['key'];
export type AnnexRowRaw = Partial<Record<AnnexColumnKey, string | null | undefined>>;

const foldHeader = (s: string) =>
  foldVietnamese(s.replace(/\(.*?\)/g, '').replace(/\*/g, ''))
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const HEADER_INDEX = new Map<string, AnnexColumnKey>(
  ANNEX_COLUMNS.flatMap((c) => [
    [foldHeader(c.header), c.key] as const,
    ...c.aliases.map((a) => [a, c.key] as const),
  ]),
);

/** Maps a header cell (any accents, case, "*", "/" or parenthesised hints) to its annex column. */
export function matchAnnexColumn(header: string): AnnexColumnKey | undefined {
  return HEADER_INDEX.get(foldHeader(header));
}

/** What an award wording resolves to. `code` null: not recognised, or too generic (e.g. plain "Giấy khen"). */
export interface AwardWording {
  code: string | null;
  reason?: string;
}

// Folded wordings, most specific first: "tập thể lao động tiên tiến" must win over "lao động tiên tiến".
const WORDINGS: readonly [pattern: RegExp, code: string][] = [
  [/\btap the lao dong xuat sac\b/, 'tap_the_lao_dong_xuat_sac'],
  [/\btap the lao dong tien tien\b/, 'tap_the_lao_dong_tien_tien'],
  [/\bdon vi quyet thang\b/, 'don_vi_quyet_thang'],
  [/\bdon vi tien tien\b/, 'don_vi_tien_tien'],
  [/\bchien si thi dua toan quoc\b/, 'cstd_toan_quoc'],
  [/\bchien si thi dua co so\b|\bcstd ?cs\b|\bcstd co so\b/, 'cstd_co_so'],
  [
    /\bchien si thi dua (cap )?(tinh|thanh pho|bo|nganh|bo nganh)\b|\bcstd (cap )?(tinh|bo)\b/,
    'cstd_bo_tinh',
  ],
  [/\blao dong tien tien\b|\bldtt\b/, 'lao_dong_tien_tien'],
  [/\bchien si tien tien\b/, 'chien_si_tien_tien'],
  [/\bco thi dua (cua )?chinh phu\b/, 'co_thi_dua_chinh_phu'],
  [/\bco thi dua (cua )?(ubnd|uy ban nhan dan|chu tich ubnd|tinh|thanh pho|bo)\b/, 'co_thi_dua_bo_tinh'],
  [/\bbang khen (cua )?thu tuong\b/, 'bang_khen_thu_tuong'],
  [
    /\bbang khen (cua )?(chu tich )?(ubnd|uy ban nhan dan|tinh|thanh pho|bo truong|bo|ban|nganh)\b/,
    'bang_khen_bo_tinh',
  ],
  [
    /\bgiay khen (cua )?chu tich (ubnd|uy ban nhan dan) (cap )?(xa|phuong|dac khu)\b/,
    'giay_khen_chu_tich_ubnd_xa',
  ],
  [/\bgiay khen (cua )?(giam doc|thu truong) (so|co quan chuyen mon)\b/, 'giay_khen_co_quan_chuyen_mon_tinh'],
  // Before 01/07/2025: "Giấy khen của (Chủ tịch) UBND huyện / quận / thị xã / thành phố (thuộc tỉnh)".
  [
    /\bgiay khen (cua )?(chu tich )?(ubnd|uy ban nhan dan) (cap )?(huyen|quan|thi xa|thanh pho)\b/,
    'giay_khen_chu_tich_ubnd_huyen',
  ],
  [/\bhuan chuong khang chien hang (nhat|1|i)\b/, 'huan_chuong_khang_chien_hang_1'],
  [/\bhuan chuong khang chien hang (nhi|2|ii)\b/, 'huan_chuong_khang_chien_hang_2'],
  [/\bhuan chuong khang chien hang (ba|3|iii)\b/, 'huan_chuong_khang_chien_hang_3'],
  [/\bhuy chuong khang chien hang (nhat|1|i)\b/, 'huy_chuong_khang_chien_hang_1'],
  [/\bhuy chuong khang chien hang (nhi|2|ii)\b/, 'huy_chuong_khang_chien_hang_2'],
  [/\bhuan chuong lao dong hang (ba|3|iii)\b/, 'huan_chuong_lao_dong_hang_3'],
  [/\bhuan chuong lao dong hang (nhi|2|ii)\b/, 'huan_chuong_lao_dong_hang_2'],
  [/\bhuan chuong lao dong hang (nhat|1|i)\b/, 'huan_chuong_lao_dong_hang_1'],
  [/\bgia dinh van hoa\b/, 'gia_dinh_van_hoa'],
  [/\b(thon|to dan pho) van hoa\b/, 'thon_to_dan_pho_van_hoa'],
];

/** Wording compared without accents, case, quotes or punctuation ("Bộ, ban, ngành" = "bo ban nganh"). */
const foldWording = (text: string) =>
  foldVietnamese(text.replace(/["“”'‘’]/g, ''))
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The catalogue code an annex wording names: a code itself, an exact catalogue name (accent-insensitive),
 * or a usual wording ("Bằng khen của Chủ tịch UBND tỉnh" → bang_khen_bo_tinh). `catalogue` lists the known
 * codes and names; a wording that names a generic form ("Giấy khen") is left for a person to choose.
 */
export function recogniseAward(
  text: string,
  catalogue: readonly { code: string; name: string }[],
): AwardWording {
  const trimmed = text.trim();
  if (!trimmed) return { code: null, reason: 'Chưa ghi danh hiệu hoặc hình thức khen thưởng' };
  const byCode = catalogue.find((c) => c.code === trimmed.toLowerCase());
  if (byCode) return { code: byCode.code };
  const folded = foldWording(trimmed);
  const byName = catalogue.find((c) => foldWording(c.name) === folded);
  if (byName) return { code: byName.code };
  const known = new Set(catalogue.map((c) => c.code));
  for (const [pattern, code] of WORDINGS) {
    if (pattern.test(folded) && known.has(code)) return { code };
  }
  return { code: null, reason: `Không nhận ra danh hiệu hoặc hình thức khen thưởng "${trimmed}"` };
}

export interface AnnexRow {
  stt: string | null;
  fullName: string;
  position: string | null;
  unitName: string | null;
  awardText: string;
  decisionNumber: string;
  decisionDate: string;
  birthDate: string | null;
  citizenId: string | null;
  evaluationYear: number | null;
}
export interface AnnexCellError {
  column: string;
  message: string;
}
export type AnnexRowResult = { ok: true; value: AnnexRow } | { ok: false; errors: AnnexCellError[] };

const header = (key: AnnexColumnKey) => ANNEX_COLUMNS.find((c) => c.key === key)!.header.replace('*', '');

/** Parses and checks one annex row; `today` bounds the dates (no decision in the future). */
export function parseAnnexRow(raw: AnnexRowRaw, today: string): AnnexRowResult {
  const errors: AnnexCellError[] = [];
  const cell = (key: AnnexColumnKey) => (raw[key] ?? '').toString().trim();
  const fullName = normaliseName(cell('fullName'));
  if (!fullName) errors.push({ column: header('fullName'), message: 'Chưa ghi họ và tên' });
  else if (fullName.length > 200) errors.push({ column: header('fullName'), message: 'Họ và tên quá dài' });
  const awardText = cell('award');
  if (!awardText)
    errors.push({ column: header('award'), message: 'Chưa ghi danh hiệu hoặc hình thức khen thưởng' });
  const decisionNumber = cell('decisionNumber').replace(/\s+/g, '');
  if (!decisionNumber) errors.push({ column: header('decisionNumber'), message: 'Chưa ghi số quyết định' });
  else if (decisionNumber.length > 60)
    errors.push({ column: header('decisionNumber'), message: 'Số quyết định quá dài' });
  const dateText = cell('decisionDate');
  const decisionDate = dateText ? parseDmyDate(dateText) : null;
  if (!dateText) errors.push({ column: header('decisionDate'), message: 'Chưa ghi ngày quyết định' });
  else if (!decisionDate)
    errors.push({
      column: header('decisionDate'),
      message: `"${dateText}" không phải ngày hợp lệ (dd/mm/yyyy)`,
    });
  else if (decisionDate > today)
    errors.push({ column: header('decisionDate'), message: 'Ngày quyết định không được sau ngày hôm nay' });
  else if (decisionDate < '1945-09-02')
    errors.push({ column: header('decisionDate'), message: 'Ngày quyết định không được trước 02/09/1945' });
  const birthText = cell('birthDate');
  const birthDate = birthText ? parseDmyDate(birthText) : null;
  if (birthText && !birthDate)
    errors.push({
      column: header('birthDate'),
      message: `"${birthText}" không phải ngày hợp lệ (dd/mm/yyyy)`,
    });
  const idText = cell('citizenId').replace(/[\s.]/g, '');
  let citizenId: string | null = null;
  if (idText) {
    const checked = checkCitizenId(idText, { birthDate, gender: null });
    if (checked.ok) citizenId = checked.value;
    else errors.push({ column: header('citizenId'), message: checked.reason });
  }
  const yearText = cell('evaluationYear');
  let evaluationYear: number | null = null;
  if (yearText) {
    const year = Number(yearText);
    if (!Number.isInteger(year) || year < 1945 || year > Number(today.slice(0, 4)))
      errors.push({ column: header('evaluationYear'), message: `"${yearText}" không phải năm hợp lệ` });
    else evaluationYear = year;
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      stt: cell('stt') || null,
      fullName,
      position: cell('position') || null,
      unitName: cell('unitName') || null,
      awardText,
      decisionNumber,
      decisionDate: decisionDate!,
      birthDate,
      citizenId,
      evaluationYear,
    },
  };
}

/** A person the row might be: found by citizen ID or by the folded name. */
export interface AnnexCandidate {
  personId: string;
  fullName: string;
  birthDate: string | null;
  /** Names of the units the person belongs or belonged to (and their ancestors). */
  unitNames: readonly string[];
  /** Whether the candidate was found by the row's citizen ID. */
  byCitizenId: boolean;
}

export type AnnexMatch =
  | {
      status: 'matched';
      personId: string;
      how: 'citizen_id' | 'name_birth_unit' | 'name_unit' | 'name_birth';
    }
  | { status: 'ambiguous'; candidateIds: string[]; reason: string }
  | { status: 'unmatched'; reason: string };

const unitMatches = (rowUnit: string, names: readonly string[]) => {
  const folded = foldVietnamese(rowUnit);
  return names.some((n) => {
    const f = foldVietnamese(n);
    return f === folded || f.includes(folded) || folded.includes(f);
  });
};

/**
 * Matches an annex row to the candidates (issue 3 §3): a citizen ID decides alone; otherwise the name
 * (accent-insensitive, already used to find the candidates), then the date of birth and the unit narrow the
 * list. One left → matched; several, or only people whose unit or birth date differ → ambiguous, for a
 * person to resolve; none → unmatched.
 */
export function matchAnnexRow(row: AnnexRow, candidates: readonly AnnexCandidate[]): AnnexMatch {
  if (row.citizenId) {
    const byId = candidates.filter((c) => c.byCitizenId);
    if (byId.length === 1) return { status: 'matched', personId: byId[0]!.personId, how: 'citizen_id' };
    if (byId.length > 1)
      return {
        status: 'ambiguous',
        candidateIds: byId.map((c) => c.personId),
        reason: 'Nhiều người cùng số định danh',
      };
    return { status: 'unmatched', reason: 'Không có cá nhân nào mang số định danh này' };
  }
  const name = foldVietnamese(row.fullName);
  const byName = candidates.filter((c) => foldVietnamese(c.fullName) === name);
  if (byName.length === 0) return { status: 'unmatched', reason: 'Không tìm thấy cá nhân trùng họ và tên' };
  const byBirth = row.birthDate ? byName.filter((c) => c.birthDate === row.birthDate) : byName;
  const byUnit = row.unitName ? byBirth.filter((c) => unitMatches(row.unitName!, c.unitNames)) : byBirth;
  if (byUnit.length === 1) {
    const how = row.birthDate ? (row.unitName ? 'name_birth_unit' : 'name_birth') : 'name_unit';
    if (row.birthDate || row.unitName) return { status: 'matched', personId: byUnit[0]!.personId, how };
  }
  const pool = byUnit.length > 0 ? byUnit : byBirth.length > 0 ? byBirth : byName;
  const reason =
    byUnit.length > 1
      ? `${byUnit.length} cá nhân trùng họ tên${row.birthDate ? ', ngày sinh' : ''}${row.unitName ? ' và đơn vị' : ''}`
      : byUnit.length === 1
        ? 'Chỉ trùng họ và tên; dòng không ghi ngày sinh hay đơn vị để đối chiếu'
        : byBirth.length === 0
          ? 'Có người trùng họ tên nhưng khác ngày sinh'
          : 'Có người trùng họ tên nhưng khác đơn vị';
  return { status: 'ambiguous', candidateIds: pool.map((c) => c.personId), reason };
}
