/** The certificates API as the web uses it. */

export interface Certificate {
  id: string;
  awardRecordId: string;
  decisionId: string | null;
  form: 'bang_khen' | 'giay_khen' | 'danh_hieu' | 'giay_chung_nhan';
  formLabel: string;
  heading: string;
  registryNumber: string;
  publicCode: string;
  verifyUrl: string;
  holderLine: string;
  holderUnit: string | null;
  decisionNumber: string;
  decisionDate: string;
  issuingBody: string;
  status: 'valid' | 'revoked';
  createdAt: string;
}

export interface BulkResult {
  count: number;
  created: number;
  skipped: { awardRecordId: string; reason: string }[];
}

export interface PrintOptions {
  signerName?: string;
  signerTitle?: string;
  place?: string;
}

export const certificateKeys = {
  list: (filter: { decisionNumber?: string; decisionId?: string }) => ['certificates', filter] as const,
};

/** Where bulk generation goes: the decision's own endpoint when known, else by decision number. */
export function bulkRequest(
  target: { decisionId?: string; decisionNumber?: string },
  options: PrintOptions,
): { url: string; body: Record<string, unknown> } {
  const clean = Object.fromEntries(
    Object.entries(options).filter(([, v]) => typeof v === 'string' && v.trim()),
  );
  if (target.decisionId) return { url: `/api/decisions/${target.decisionId}/certificates`, body: clean };
  return {
    url: '/api/certificates/by-decision-number',
    body: { ...clean, decisionNumber: target.decisionNumber },
  };
}
