import { DECISION_FUND_LABELS, DECISION_FUNDS } from '../../../domain/commendation/decision';
import type { Ctx } from '../../lib/context';
import { decisionDocx, paymentListXlsx } from './decisions-document';
import { decisionReadScopes } from './decisions.policy';
import * as repo from './decisions.repo';
import { getDecision } from './decisions.service';

/** Documents of one decision (Word, payment list) and the money totals by fund and year (issue 4 item 8). */

const safeName = (s: string) => s.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-+|-+$/g, '') || 'quyet-dinh';

export async function decisionDocument(ctx: Ctx, id: string) {
  const d = await getDecision(ctx, id);
  const body = await decisionDocx(d);
  return { body, filename: `${safeName(d.number ? `QĐ ${d.number}` : 'Du thao quyet dinh')}.docx` };
}

export async function decisionPaymentList(ctx: Ctx, id: string) {
  const d = await getDecision(ctx, id);
  const body = await paymentListXlsx(d);
  return { body, filename: `${safeName(`Danh sach chi tien ${d.number ?? 'du thao'}`)}.xlsx` };
}

/**
 * Money of the year's issued and revoked decisions (by signing date) per fund (law-reference §5.4): awardees,
 * money paid, and money to recover from revoked decisions (Law Điều 93). Scoped like the decision list.
 */
export async function moneyTotals(ctx: Ctx, year: number) {
  const where = repo.decisionWhere({
    tenantId: ctx.actor.tenantId,
    scopes: decisionReadScopes(ctx),
    statuses: ['issued', 'revoked'],
    year,
  });
  const rows = await repo.moneyTotals(ctx.db, where);
  const byFund = new Map(rows.map((r) => [r.fund, r]));
  const out = DECISION_FUNDS.flatMap((fund) => {
    const r = byFund.get(fund);
    return r ? [{ ...r, fund, fundName: DECISION_FUND_LABELS[fund] }] : [];
  });
  const sum = (k: 'decisions' | 'awardees' | 'paid' | 'toRecover') => out.reduce((a, r) => a + r[k], 0);
  return {
    year,
    rows: out,
    total: {
      decisions: sum('decisions'),
      awardees: sum('awardees'),
      paid: sum('paid'),
      toRecover: sum('toRecover'),
    },
  };
}
