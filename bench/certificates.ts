import { cpus, loadavg, tmpdir } from 'node:os';
import { sql } from 'drizzle-orm';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { Database } from '../src/server/db/client';
import { orgUnits, tenants } from '../src/server/db/schema';
import type { Ctx } from '../src/server/lib/context';
import { createProtector } from '../src/server/lib/crypto';
import { newId } from '../src/server/lib/ids';
import { type CertificatePrint } from '../src/server/lib/documents/pdf-certificate';
import { startBulk } from '../src/server/modules/certificates';
import { waitForJobs } from '../src/server/modules/jobs';
import { printOf } from '../src/server/modules/certificates/certificates.print';
import { listCertificates } from '../src/server/modules/certificates/certificates.repo';
import { freshPostgres } from './lib';

const secs = (v: number) => `${(v / 1000).toFixed(2)} s`;

/**
 * Certificates for a 1,000-awardee decision (issue 4): the bulk job as the API runs it — issue 1,000
 * certificates in one transaction (registry numbers, public codes, audit row), draw 1,000 A4 pages with
 * Tinos (pre-subset, embedded whole), the vector QR code and the border, save one merged PDF and write it to
 * DATA_DIR — on PostgreSQL, one fresh decision per run, the first run cold (fonts subset on first use).
 * Baseline in the same run: the same 1,000 pages with pdf-lib's standard Times-Roman (no embedding, text
 * folded to ASCII because WinAnsi has no Vietnamese), no QR, no border, no database.
 */

const AWARDEES = Number(process.env.BENCH_AWARDEES ?? 1000);
const RUNS = 3;
const TARGET_MS = 20_000;

async function load(database: Database, tenantId: string, decision: number) {
  const db = database.db;
  const unitId = newId();
  if (decision === 0) {
    await db.insert(tenants).values({ id: tenantId, code: 'tq', name: 'Tỉnh Tuyên Quang', kind: 'province' });
  }
  await db.insert(orgUnits).values({
    id: unitId,
    tenantId,
    path: unitId,
    depth: 0,
    name: `Xã Minh Quang ${decision}`,
    type: 'commune',
    searchText: `xa minh quang ${decision}`,
    sortKey: `xa minh quang ${decision}`,
  });
  await db.execute(sql`insert into people (id, tenant_id, full_name, gender, position, unit_id, search_text, sort_key)
    select gen_random_uuid(), ${tenantId}, 'Nguyễn Thị Ngọc Ánh ' || g, case when g % 2 = 0 then 'male' else 'female' end,
      'Phó Chủ tịch Ủy ban nhân dân', ${unitId}, 'nguyen thi ngoc anh ' || g, lpad(g::text, 8, '0')
    from generate_series(1, ${AWARDEES}) g`);
  await db.execute(sql`insert into award_records (id, tenant_id, subject_type, person_id, award_code, decision_number,
      decision_date, decision_authority, achievement_summary)
    select gen_random_uuid(), ${tenantId}, 'individual', p.id, 'bang_khen_bo_tinh', ${`${100 + decision}/QĐ-UBND`},
      date '2026-11-24', 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
      'Đã có thành tích xuất sắc trong phong trào thi đua "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau" năm 2025'
    from people p where p.unit_id = ${unitId}`);
  const rows = await db.execute<{ id: string }>(
    sql`select id from award_records where tenant_id = ${tenantId} and decision_number = ${`${100 + decision}/QĐ-UBND`} order by id`,
  );
  return (rows as { rows: { id: string }[] }).rows.map((r) => r.id);
}

async function baseline(prints: CertificatePrint[]): Promise<number> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]/g, '?');
  const center = (
    page: ReturnType<PDFDocument['addPage']>,
    text: string,
    font: typeof regular,
    size: number,
    y: number,
  ) =>
    page.drawText(text, {
      x: (841.89 - font.widthOfTextAtSize(text, size)) / 2,
      y,
      size,
      font,
      color: rgb(0.1, 0.1, 0.1),
    });
  for (const p of prints) {
    const page = doc.addPage([841.89, 595.28]);
    center(page, 'CONG HOA XA HOI CHU NGHIA VIET NAM', bold, 13, 513);
    center(page, 'Doc lap - Tu do - Hanh phuc', bold, 13.5, 496);
    center(page, ascii(p.issuingBody).toUpperCase(), bold, 14, 463);
    center(page, ascii(p.heading), bold, 44, 390);
    center(page, `Tang: ${ascii(p.holder)}`, bold, 24, 340);
    center(page, ascii(p.holderDetail), regular, 14, 312);
    center(page, ascii(p.achievement).slice(0, 100), regular, 15, 290);
    for (const [i, line] of [
      `Quyet dinh so ${ascii(p.decisionNumber)}`,
      `ngay ${p.decisionDate}`,
      `So so: ${p.registryNumber}`,
      `Ma xac minh: ${p.code}`,
    ].entries())
      page.drawText(line, { x: 166, y: 134 - i * 15, size: 11, font: regular });
    center(page, ascii(p.placeDate), regular, 13, 176);
    center(page, ascii(p.signerTitle.split('\n')[0]!), bold, 13, 158);
  }
  const bytes = await doc.save({ useObjectStreams: false });
  return bytes.length;
}

export async function benchCertificates() {
  const { database, drop } = await freshPostgres('certificates');
  const lines: string[] = [];
  const walls: number[] = [];
  try {
    const tenantId = newId();
    const deps = {
      database,
      protector: createProtector(Buffer.alloc(32, 3)),
      dataDir: tmpdir(),
      version: 'bench',
      cookieSecure: false,
      publicBaseUrl: 'https://tdkt.tuyenquang.gov.vn',
    };
    const ctx: Ctx = {
      db: database.db,
      actor: {
        userId: newId(),
        email: 'bench@tdkt.local',
        label: 'bench',
        tenantId,
        via: 'session',
        grants: [{ role: 'system_admin', tenantId, orgUnitId: null, scopePath: null }],
      },
      now: new Date(),
      requestId: 'bench',
      deps,
    };
    let lastPrints: CertificatePrint[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ids = await load(database, tenantId, run);
      const t0 = performance.now();
      const { jobId } = await startBulk(ctx, ids, { signerName: 'Hoàng Văn Thắng' }, deps.publicBaseUrl);
      await waitForJobs();
      const wall = performance.now() - t0;
      const job = (await database.db.execute<{
        status: string;
        error: string | null;
        result: { count: number };
      }>(sql`select status, error, result from jobs where id = ${jobId}`)) as {
        rows: { status: string; error: string | null; result: { count: number } }[];
      };
      const row = job.rows[0]!;
      if (row.status !== 'succeeded' || row.result.count !== AWARDEES)
        throw new Error(`job ${row.status}: ${row.error}`);
      walls.push(wall);
      lines.push(
        `run ${run + 1}${run === 0 ? ' (cold: fonts subset on first use)' : ''}: ${AWARDEES} certificates issued + merged PDF written in ${secs(wall)}`,
      );
      if (run === RUNS - 1) {
        const listed = await listCertificates(database.db, tenantId, {
          decisionNumber: `${100 + run}/QĐ-UBND`,
        });
        lastPrints = listed.map((r) => printOf(r.certificate, deps.publicBaseUrl));
      }
    }
    const t1 = performance.now();
    const size = await baseline(lastPrints);
    const base = performance.now() - t1;
    const worst = Math.max(...walls);
    lines.push(
      `baseline: the same ${AWARDEES} pages, standard Times-Roman (ASCII), no QR/border/database: ${secs(base)} (${(size / 1e6).toFixed(1)} MB)`,
      `worst run ${secs(worst)} against the target ${secs(TARGET_MS)}; ${(worst / base).toFixed(1)}× the baseline`,
      `machine: ${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    return {
      name: `Certificates for a ${AWARDEES}-awardee decision (PostgreSQL)`,
      ok: worst <= TARGET_MS,
      lines,
    };
  } finally {
    await drop();
  }
}
