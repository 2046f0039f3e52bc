/**
 * The targets the engine answers for: every code of the catalogue (law-reference §1) that can still be
 * conferred, with the subject types the catalogue allows. Targets with data-checkable criteria (§2–§3) have
 * their own criteria file; every other target answers gates + judgement items (criteria/judgement.ts).
 */
import { CATALOGUE } from '../awards/catalogue';
import type { SubjectType } from '../awards/types';
import type { Criteria } from './context';
import { bangKhenBoTinh, bangKhenThuTuong } from './criteria/bang-khen';
import { tapTheLaoDongTienTien, tapTheLaoDongXuatSac } from './criteria/collective-titles';
import { chienSiThiDuaBoTinh, chienSiThiDuaToanQuoc } from './criteria/cstd-higher';
import { coThiDuaBoTinh, coThiDuaChinhPhu } from './criteria/flags';
import { chienSiThiDuaCoSo, chienSiTienTien, laoDongTienTien } from './criteria/individual-titles';
import { judgementOnly, shortCitation } from './criteria/judgement';
import { huanChuongLaoDongHang3 } from './criteria/orders';

interface CriteriaEntry {
  criteria: Criteria;
  /** Subject types for which the criteria include a data-checkable path. */
  dataCheckable: SubjectType[];
}

const DATA_CRITERIA: Readonly<Record<string, CriteriaEntry>> = {
  lao_dong_tien_tien: { criteria: laoDongTienTien, dataCheckable: ['individual'] },
  chien_si_tien_tien: { criteria: chienSiTienTien, dataCheckable: ['individual'] },
  cstd_co_so: { criteria: chienSiThiDuaCoSo, dataCheckable: ['individual'] },
  cstd_bo_tinh: { criteria: chienSiThiDuaBoTinh, dataCheckable: ['individual'] },
  cstd_toan_quoc: { criteria: chienSiThiDuaToanQuoc, dataCheckable: ['individual'] },
  tap_the_lao_dong_tien_tien: { criteria: tapTheLaoDongTienTien, dataCheckable: ['collective'] },
  don_vi_tien_tien: { criteria: tapTheLaoDongTienTien, dataCheckable: ['collective'] },
  tap_the_lao_dong_xuat_sac: { criteria: tapTheLaoDongXuatSac, dataCheckable: ['collective'] },
  don_vi_quyet_thang: { criteria: tapTheLaoDongXuatSac, dataCheckable: ['collective'] },
  co_thi_dua_bo_tinh: { criteria: coThiDuaBoTinh, dataCheckable: ['collective'] },
  co_thi_dua_chinh_phu: { criteria: coThiDuaChinhPhu, dataCheckable: ['collective'] },
  bang_khen_bo_tinh: { criteria: bangKhenBoTinh, dataCheckable: ['individual'] },
  bang_khen_thu_tuong: { criteria: bangKhenThuTuong, dataCheckable: ['individual'] },
  huan_chuong_lao_dong_hang_3: { criteria: huanChuongLaoDongHang3, dataCheckable: ['individual'] },
};

export interface EligibilityTarget {
  code: string;
  name: string;
  /** Subject types the target may be asked for (the catalogue's). */
  subjectTypes: SubjectType[];
  /** Subject types for which the engine checks data; for the others it lists gates and judgement items. */
  dataCheckable: SubjectType[];
  citation: string;
}

/** Forms that can no longer be conferred (a district Giấy khen after 30/06/2025) are not targets. */
export const ELIGIBILITY_TARGETS: readonly EligibilityTarget[] = CATALOGUE.filter(
  (e) => e.validTo === null,
).map((e) => ({
  code: e.code,
  name: e.name,
  subjectTypes: [...e.subjectTypes],
  dataCheckable: DATA_CRITERIA[e.code]?.dataCheckable.filter((t) => e.subjectTypes.includes(t)) ?? [],
  citation: shortCitation(e.code),
}));

interface ResolvedTarget extends EligibilityTarget {
  criteria: Criteria;
}

const BY_CODE: ReadonlyMap<string, ResolvedTarget> = new Map(
  ELIGIBILITY_TARGETS.map((t) => [
    t.code,
    { ...t, criteria: DATA_CRITERIA[t.code]?.criteria ?? judgementOnly },
  ]),
);

export const eligibilityTarget = (code: string): ResolvedTarget | undefined => BY_CODE.get(code);
