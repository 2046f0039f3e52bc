/**
 * Emulation flags (law-reference §2.2, §3.1, §6).
 *
 * `co_thi_dua_bo_tinh` — Luật TĐKT 2022 Điều 26 [R for the text; consistent with L S30, S32]:
 * - Path A (annual): (data) `isBlocLeader` — the collective led a cluster/bloc organised by the
 *   ministry/province in the evaluation year; (judge) exceeded targets and tasks, outstanding in the
 *   ministry/province; (judge) internal unity, party and mass organisations rated excellent, thrift,
 *   anti-waste, anti-corruption.
 * - Path B: (data) `movementYears` ≥ 3 — the nomination belongs to the review of a thematic movement launched
 *   by the ministry/province lasting at least 3 years; (judge) the collective led that movement.
 *
 * `co_thi_dua_chinh_phu` — Luật TĐKT 2022 Điều 25 [V] S33:
 * - Path A (annual): (data) `isBlocLeader`; (judge) the outstanding representative among the collectives
 *   leading clusters/blocs of ministries/provinces, exceeded targets, unity, clean party and mass
 *   organisations, lead in thrift and anti-corruption.
 * - Path B (annual): (data) `isBlocLeader`; (judge) the cluster/bloc is one organised by the Central
 *   Emulation-Commendation Council (the facts do not say which council organised the bloc).
 * - Path C: (data) `movementYears` ≥ 5 — review of a movement launched by the Prime Minister lasting at
 *   least 5 years; (judge) the collective led it.
 * The historic ≤ 20% cap (ND 91/2017) is not confirmed under ND 152 and is not applied (§10.10).
 */
import { addCheck, addPath, type EvalContext } from '../context';
import { yearLabel } from '../dates';
import { addGates } from '../gates';
import { LAW } from '../params';

const ART26 = `${LAW} Điều 26`;
const ART25 = `${LAW} Điều 25`;

function checkBlocLeader(ctx: EvalContext, path: string, citation: string): void {
  const leader = ctx.index.facts.isBlocLeader;
  const label = yearLabel(ctx.year, ctx.index.calendar);
  addCheck(
    ctx,
    'co_thi_dua.bloc_leader',
    leader === true ? 'passed' : 'failed',
    leader === true
      ? `Là đơn vị dẫn đầu cụm, khối thi đua ${label}.`
      : leader === false
        ? `Không phải đơn vị dẫn đầu cụm, khối thi đua ${label}.`
        : `Không có thông tin đơn vị dẫn đầu cụm, khối thi đua ${label}.`,
    citation,
    [],
    path,
  );
}

function checkMovementYears(ctx: EvalContext, min: number, path: string, citation: string): void {
  const years = ctx.index.facts.movementYears;
  const ok = typeof years === 'number' && years >= min;
  addCheck(
    ctx,
    'co_thi_dua.movement_years',
    ok ? 'passed' : 'failed',
    typeof years === 'number'
      ? `Phong trào thi đua theo chuyên đề kéo dài ${years} năm${ok ? '' : ` — cần từ ${min} năm trở lên`}.`
      : `Không có thông tin phong trào thi đua theo chuyên đề (cần phong trào từ ${min} năm trở lên).`,
    citation,
    [],
    path,
  );
}

function judge(ctx: EvalContext, code: string, message: string, citation: string, path: string): void {
  addCheck(ctx, code, 'needs_judgement', message, citation, [], path);
}

const UNITY =
  'Cần đánh giá: nội bộ đoàn kết; tổ chức đảng, đoàn thể được đánh giá hoàn thành tốt nhiệm vụ trở lên; tích cực thực hành tiết kiệm, chống lãng phí, chống tham nhũng và các tệ nạn xã hội.';

/** `co_thi_dua_bo_tinh` — Điều 26. */
export function coThiDuaBoTinh(ctx: EvalContext): void {
  const { params } = ctx;
  addGates(ctx);
  addPath(ctx, {
    id: 'A',
    label: 'Đơn vị dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh',
    kind: 'data',
    citation: ART26,
  });
  checkBlocLeader(ctx, 'A', ART26);
  judge(
    ctx,
    'co_thi_dua_bo_tinh.targets',
    'Cần đánh giá: hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao; là tập thể tiêu biểu xuất sắc của bộ, ngành, tỉnh.',
    ART26,
    'A',
  );
  judge(ctx, 'co_thi_dua_bo_tinh.unity', UNITY, ART26, 'A');
  addPath(ctx, {
    id: 'B',
    label: `Dẫn đầu phong trào thi đua theo chuyên đề từ ${params.flagBoTinhMovementYears} năm trở lên`,
    kind: 'data',
    citation: ART26,
  });
  checkMovementYears(ctx, params.flagBoTinhMovementYears, 'B', ART26);
  judge(
    ctx,
    'co_thi_dua_bo_tinh.movement_leader',
    'Cần đánh giá: là tập thể dẫn đầu phong trào thi đua theo chuyên đề do bộ, ngành, tỉnh phát động khi sơ kết, tổng kết.',
    ART26,
    'B',
  );
}

/** `co_thi_dua_chinh_phu` — Điều 25. */
export function coThiDuaChinhPhu(ctx: EvalContext): void {
  const { params } = ctx;
  addGates(ctx);
  addPath(ctx, {
    id: 'A',
    label: 'Tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua của bộ, ngành, tỉnh',
    kind: 'data',
    citation: ART25,
  });
  checkBlocLeader(ctx, 'A', ART25);
  judge(
    ctx,
    'co_thi_dua_chinh_phu.outstanding',
    'Cần đánh giá: tiêu biểu xuất sắc trong số các tập thể dẫn đầu cụm, khối thi đua; hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao.',
    ART25,
    'A',
  );
  judge(ctx, 'co_thi_dua_chinh_phu.unity', UNITY, ART25, 'A');
  addPath(ctx, {
    id: 'B',
    label: 'Dẫn đầu cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức',
    kind: 'data',
    citation: ART25,
  });
  checkBlocLeader(ctx, 'B', ART25);
  judge(
    ctx,
    'co_thi_dua_chinh_phu.central_bloc',
    'Cần xác nhận: cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng Trung ương tổ chức.',
    ART25,
    'B',
  );
  addPath(ctx, {
    id: 'C',
    label: `Dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động từ ${params.flagChinhPhuMovementYears} năm trở lên`,
    kind: 'data',
    citation: ART25,
  });
  checkMovementYears(ctx, params.flagChinhPhuMovementYears, 'C', ART25);
  judge(
    ctx,
    'co_thi_dua_chinh_phu.movement_leader',
    'Cần đánh giá: là tập thể dẫn đầu phong trào thi đua do Thủ tướng Chính phủ phát động khi sơ kết, tổng kết.',
    ART25,
    'C',
  );
}
