import { randomBytes } from 'node:crypto';
import {
  achievementLine,
  certificateFormOf,
  certificateHeading,
  type CertificateForm,
  holderLine,
  placeDateLine,
  registryYear,
} from '../../../domain/commendation/certificate';
import type { CertificatePrint } from '../../lib/documents/pdf-certificate';
import { formatDateVi } from '../../portal/html';
import type { PrintOptions } from './certificates.schemas';
import type { AwardForPrint, CertificateRow } from './certificates.repo';

/** From an award record to what a certificate prints, and from a stored certificate to the PDF's fields. */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 10 characters of base32 from the CSPRNG (each byte's low 5 bits: uniform, 50 bits in all). */
export function newPublicCode(): string {
  const bytes = randomBytes(10);
  let code = '';
  for (const b of bytes) code += BASE32[b & 31];
  return code;
}

export const verifyUrlOf = (baseUrl: string, code: string) => `${baseUrl}/xac-minh/${code}`;

/** "Tỉnh Tuyên Quang" → "Tuyên Quang" for the place line. */
export function placeOfTenant(tenantName: string): string {
  return tenantName.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, '').trim() || tenantName;
}

/** Default issuing body: "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang". */
export function defaultIssuingBody(tenantName: string): string {
  const lowered = tenantName.replace(/^(Tỉnh|Thành phố|Xã|Phường)\b/, (m) => m.toLocaleLowerCase('vi'));
  return `Chủ tịch Ủy ban nhân dân ${lowered}`.trim();
}

export type Printable =
  | { ok: true; form: CertificateForm; year: number; decisionNumber: string; decisionDate: string }
  | { ok: false; reason: string };

/** Whether an award record can get a certificate here, and why not. */
export function printability(a: AwardForPrint): Printable {
  if (a.status !== 'valid') return { ok: false, reason: 'Khen thưởng đã bị thu hồi.' };
  const form = certificateFormOf(a.awardCode);
  if (!form)
    return {
      ok: false,
      reason: 'Hình thức này không do đơn vị cấp bằng, giấy (huân chương, huy chương, danh hiệu vinh dự…).',
    };
  if (!a.decisionNumber || !a.decisionDate)
    return { ok: false, reason: 'Bản ghi khen thưởng chưa có số và ngày quyết định.' };
  return {
    ok: true,
    form,
    year: registryYear(a.decisionDate, a.countedYear),
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
  };
}

/** The printed fields of a new certificate (without numbers and code). */
export function wordingOf(
  a: AwardForPrint,
  p: Extract<Printable, { ok: true }>,
  options: PrintOptions,
  tenant: string,
) {
  const name = a.personName ?? a.collectiveName ?? a.householdName ?? '';
  const unit =
    a.subjectType === 'individual'
      ? a.personUnitName
      : a.subjectType === 'household'
        ? a.householdUnitName
        : null;
  return {
    awardCode: a.awardCode,
    heading: certificateHeading(p.form, a.awardCode),
    holderName: name,
    holderLine: holderLine(a.subjectType, name, a.subjectType === 'individual' ? (a.gender ?? null) : null),
    holderUnit: unit ?? null,
    holderPosition: a.subjectType === 'individual' ? (a.position ?? null) : null,
    achievement: achievementLine(p.form, a.awardCode, a.achievementSummary, p.year),
    decisionNumber: p.decisionNumber,
    decisionDate: p.decisionDate,
    issuingBody: options.issuingBody || a.decisionAuthority || defaultIssuingBody(tenant),
    place: options.place || placeOfTenant(tenant),
    signedOn: options.signedOn ?? p.decisionDate,
    signerTitle: options.signerTitle || 'CHỦ TỊCH',
    signerName: options.signerName ?? '',
  };
}

export function printOf(c: CertificateRow, baseUrl: string): CertificatePrint {
  return {
    issuingBody: c.issuingBody,
    heading: c.heading,
    holder: c.holderLine,
    holderDetail: [c.holderPosition, c.holderUnit].filter(Boolean).join(', '),
    achievement: c.achievement,
    decisionNumber: c.decisionNumber,
    decisionDate: formatDateVi(c.decisionDate),
    registryNumber: c.registryNumber,
    placeDate: placeDateLine(c.place, c.signedOn),
    signerTitle: c.signerTitle.replace(/\\n/g, '\n'),
    signerName: c.signerName,
    verifyUrl: verifyUrlOf(baseUrl, c.publicCode),
    code: c.publicCode,
  };
}
