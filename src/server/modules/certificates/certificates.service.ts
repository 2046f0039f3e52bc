import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CERTIFICATE_FORM_LABELS, registryNumber } from '../../../domain/commendation/certificate';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { CertificateDocument, renderCertificates } from '../../lib/documents/pdf-certificate';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { enqueueJob, findJobForActor } from '../jobs';
import { pgError } from '../ledger/ledger.common';
import { assertMayIssue, mayRead } from './certificates.policy';
import { newPublicCode, printability, printOf, verifyUrlOf, wordingOf } from './certificates.print';
import * as repo from './certificates.repo';
import type { PrintOptions } from './certificates.schemas';

export const JOB_KIND = 'certificates';

export interface IssueResult {
  certificateIds: string[];
  created: number;
  skipped: { awardRecordId: string; reason: string }[];
}

/**
 * Issues certificates for award records of the tenant, in the given order: records that already have one keep
 * it (idempotent), the others get the next registry numbers of their form and year and a public code, all
 * in one transaction with its audit row. Records that cannot get one are listed in `skipped`.
 */
export async function issueCertificates(
  ctx: Ctx,
  awardRecordIds: string[],
  options: PrintOptions,
  link: { decisionId?: string } = {},
): Promise<IssueResult> {
  assertMayIssue(ctx);
  const tenantId = ctx.actor.tenantId;
  const ids = [...new Set(awardRecordIds)];
  const awards = await repo.awardRecordsForPrint(ctx.db, tenantId, ids);
  if (awards.length !== ids.length) throw notFound('Bản ghi khen thưởng');
  const byId = new Map(awards.map((a) => [a.id, a]));
  const tenant = await repo.tenantName(ctx.db, tenantId);

  for (let attempt = 0; ; attempt++) {
    try {
      return await inTransaction(ctx, async (tx) => {
        const existing = new Map(
          (await repo.certificatesOfAwards(tx, tenantId, ids)).map((c) => [c.awardRecordId, c.id]),
        );
        const skipped: IssueResult['skipped'] = [];
        const fresh: { awardId: string; p: Extract<ReturnType<typeof printability>, { ok: true }> }[] = [];
        for (const id of ids) {
          if (existing.has(id)) continue;
          const p = printability(byId.get(id)!);
          if (p.ok) fresh.push({ awardId: id, p });
          else skipped.push({ awardRecordId: id, reason: p.reason });
        }
        // One block of registry numbers per form and year, handed out in the input order.
        const blocks = new Map<string, { next: number; count: number }>();
        for (const f of fresh) {
          const key = `${f.p.form}|${f.p.year}`;
          blocks.set(key, { next: 0, count: (blocks.get(key)?.count ?? 0) + 1 });
        }
        for (const [key, block] of blocks) {
          const [form, year] = key.split('|') as [Parameters<typeof registryNumber>[0], string];
          block.next = await repo.allocateSequences(tx, tenantId, form, Number(year), block.count);
        }
        const rows: repo.NewCertificate[] = fresh.map(({ awardId, p }) => {
          const block = blocks.get(`${p.form}|${p.year}`)!;
          const sequence = block.next++;
          const id = newId();
          existing.set(awardId, id);
          return {
            id,
            tenantId,
            awardRecordId: awardId,
            decisionId: link.decisionId ?? null,
            form: p.form,
            year: p.year,
            sequence,
            registryNumber: registryNumber(p.form, p.year, sequence),
            publicCode: newPublicCode(),
            ...wordingOf(byId.get(awardId)!, p, options, tenant),
            createdBy: ctx.actor.userId,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          };
        });
        await repo.insertCertificates(tx, rows);
        if (rows.length > 0)
          await writeAudit(tx, ctx, {
            action: 'certificates.issue',
            entityType: 'certificate',
            entityId: rows.length === 1 ? rows[0]!.id : null,
            summary: `Tạo ${rows.length} bằng khen, giấy khen, giấy chứng nhận (số sổ ${rows[0]!.registryNumber}${rows.length > 1 ? ` … ${rows.at(-1)!.registryNumber}` : ''})`,
            after: {
              count: rows.length,
              decisionId: link.decisionId ?? null,
              awardRecordIds: fresh.map((f) => f.awardId),
            },
          });
        const certificateIds = ids.map((id) => existing.get(id)).filter((x): x is string => x !== undefined);
        return { certificateIds, created: rows.length, skipped };
      });
    } catch (error) {
      const { constraint } = pgError(error);
      if (constraint === 'certificates_public_code_uq' && attempt < 2) continue;
      if (constraint === 'certificates_award_record_uq' || constraint === 'certificates_registry_uq')
        throw conflict('Bằng khen, giấy khen của bản ghi này vừa được tạo bởi người khác. Vui lòng tải lại.');
      throw error;
    }
  }
}

/** One certificate, issued now if needed (201 semantics are the route's). */
export async function issueOne(ctx: Ctx, awardRecordId: string, options: PrintOptions, baseUrl: string) {
  const result = await issueCertificates(ctx, [awardRecordId], options);
  const skip = result.skipped[0];
  if (skip) throw conflict(skip.reason);
  return {
    certificate: await getCertificate(ctx, result.certificateIds[0]!, baseUrl),
    created: result.created === 1,
  };
}

export function present(row: repo.ListedCertificate, baseUrl: string) {
  const c = row.certificate;
  return {
    id: c.id,
    awardRecordId: c.awardRecordId,
    decisionId: c.decisionId,
    form: c.form,
    formLabel: CERTIFICATE_FORM_LABELS[c.form],
    heading: c.heading,
    registryNumber: c.registryNumber,
    publicCode: c.publicCode,
    verifyUrl: verifyUrlOf(baseUrl, c.publicCode),
    holderLine: c.holderLine,
    holderUnit: c.holderUnit,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    issuingBody: c.issuingBody,
    status: row.status,
    createdAt: c.createdAt.toISOString(),
  };
}

function assertRead(ctx: Ctx) {
  if (!mayRead(ctx)) throw forbidden();
}

export async function listCertificates(
  ctx: Ctx,
  q: { decisionNumber?: string; decisionId?: string },
  baseUrl: string,
) {
  assertRead(ctx);
  const rows = await repo.listCertificates(ctx.db, ctx.actor.tenantId, q);
  return { items: rows.map((r) => present(r, baseUrl)), total: rows.length };
}

export async function getCertificate(ctx: Ctx, id: string, baseUrl: string) {
  assertRead(ctx);
  const row = await repo.findCertificate(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('Bằng khen, giấy khen');
  return present(row, baseUrl);
}

/** The PDF of one certificate (rendered on demand from what was stored). */
export async function certificatePdf(ctx: Ctx, id: string, baseUrl: string) {
  assertRead(ctx);
  const row = await repo.findCertificate(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound('Bằng khen, giấy khen');
  const body = await renderCertificates([printOf(row.certificate, baseUrl)]);
  return { body, filename: `bang-khen-${row.certificate.registryNumber.replace(/\//g, '-')}.pdf` };
}

const mergedPath = (ctx: Ctx, jobId: string) =>
  path.join(ctx.deps.dataDir, 'certificates', ctx.actor.tenantId, `${jobId}.pdf`);

/**
 * Bulk generation as a job: issue (one transaction), then draw every page into one merged PDF with
 * progress, kept in DATA_DIR for download. Unknown ids answer 404 before the job starts.
 */
export async function startBulk(
  ctx: Ctx,
  awardRecordIds: string[],
  options: PrintOptions,
  baseUrl: string,
  link: { decisionId?: string } = {},
) {
  assertMayIssue(ctx);
  const ids = [...new Set(awardRecordIds)];
  const found = await repo.awardRecordsForPrint(ctx.db, ctx.actor.tenantId, ids);
  if (found.length !== ids.length) throw notFound('Bản ghi khen thưởng');
  const jobId = await enqueueJob(
    ctx.deps,
    { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId },
    JOB_KIND,
    async (job) => {
      await job.setTotal(ids.length);
      const issued = await issueCertificates(ctx, ids, options, link);
      const rows = await repo.listCertificates(ctx.db, ctx.actor.tenantId, { ids: issued.certificateIds });
      const order = new Map(issued.certificateIds.map((id, i) => [id, i]));
      rows.sort((a, b) => order.get(a.certificate.id)! - order.get(b.certificate.id)!);
      const prints = rows.map((r) => printOf(r.certificate, baseUrl));
      await job.setTotal(prints.length);
      const doc = await CertificateDocument.create(
        prints.flatMap((p) => [
          p.holder,
          p.holderDetail,
          p.achievement,
          p.issuingBody,
          p.heading,
          p.signerName,
        ]),
      );
      for (let i = 0; i < prints.length; i++) {
        doc.addCertificate(prints[i]!);
        if ((i + 1) % 50 === 0) await job.progress(i + 1);
      }
      const bytes = await doc.save();
      const file = mergedPath(ctx, job.id);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
      await job.progress(prints.length);
      return {
        count: prints.length,
        created: issued.created,
        skipped: issued.skipped,
        detail: { certificateIds: issued.certificateIds },
      };
    },
  );
  return { jobId, total: ids.length };
}

/** The merged PDF of a finished bulk job (404 for another's or another tenant's job, 409 while running). */
export async function mergedPdf(ctx: Ctx, jobId: string) {
  const job = await findJobForActor(ctx, jobId);
  if (job.kind !== JOB_KIND) throw notFound('Tệp bằng khen, giấy khen');
  if (job.status !== 'succeeded')
    throw new AppError('CONFLICT', 'Tệp chưa sẵn sàng: tác vụ tạo bằng khen, giấy khen chưa hoàn tất.');
  try {
    return { body: await readFile(mergedPath(ctx, jobId)), filename: `bang-khen-${jobId.slice(0, 8)}.pdf` };
  } catch {
    throw notFound('Tệp bằng khen, giấy khen');
  }
}

/** Award record ids carrying a decision number, for bulk generation from the certificates page. */
export async function awardIdsOfDecisionNumber(ctx: Ctx, decisionNumber: string) {
  assertMayIssue(ctx);
  const ids = await repo.awardRecordIdsOfDecision(ctx.db, ctx.actor.tenantId, decisionNumber);
  if (ids.length === 0) throw notFound(`Quyết định số ${decisionNumber}`);
  return ids;
}
