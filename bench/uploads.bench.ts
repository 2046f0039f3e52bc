import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { generatePeopleWorkbook } from '../src/server/modules/people/people.fixtures';
import { hostileWorkbooks } from '../src/server/test/fixtures/hostile-files';

/**
 * Uploads (issue 11): the real server process (src/server/main.ts on PGlite, as `npm start` runs it) gets
 * the 300 MB-cell .xlsx on the registrations import; printed: its peak RSS, whether it still answers, and
 * the time of a legitimate 5,000-row registrations import on the same server. With
 * UPLOAD_BENCH_BEFORE=<folder holding another checkout> (e.g. `git archive main | tar -x -C /tmp/before`)
 * the same is measured there, beside this checkout's figures.
 */

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PASSWORD = 'MatKhau-bench-123';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function rssOf(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

interface Server {
  base: string;
  child: ChildProcess;
  headers: Record<string, string>;
  stop: () => void;
}

async function startServer(root: string): Promise<Server> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tdkt-bench-upl-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/main.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      // As `npm start` runs it (scripts/start.mjs).
      NODE_OPTIONS: '--max-semi-space-size=64',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_DATA: '0',
      ADMIN_PASSWORD: PASSWORD,
      LOG_LEVEL: 'error',
      REMINDER_SWEEP_MINUTES: '0',
    },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@tdkt.local', password: PASSWORD }),
  });
  const cookie = String(signIn.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return {
    base,
    child,
    headers: { cookie, 'x-csrf-token': csrfToken },
    stop: () => {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const form = (content: Buffer, name: string) => {
  const f = new FormData();
  f.append('file', new Blob([new Uint8Array(content)], { type: XLSX }), name);
  return f;
};

async function api<T>(s: Server, url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${s.base}${url}`, { ...init, headers: { ...s.headers, ...init.headers } });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer())) as T;
}

/** 5,000 people in Xã Xín Mần, then the unit's pre-filled registration template with a title on 5,000 rows. */
async function legitimateRegistrations(s: Server, year: number): Promise<Buffer> {
  await api(s, '/api/org-units/import-admin-units', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ newProvinceCodes: ['08'] }),
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'tdkt-bench-upl-x-'));
  const file = path.join(dir, 'people.xlsx');
  await generatePeopleWorkbook(file, 5000, 11, { units: [{ code: null, name: 'Xã Xín Mần' }] });
  const { jobId } = await api<{ jobId: string }>(s, '/api/people/import', {
    method: 'POST',
    body: form(readFileSync(file), 'people.xlsx'),
  });
  for (;;) {
    const job = await api<{ status: string; error: string | null }>(s, `/api/jobs/${jobId}`);
    if (job.status === 'failed') throw new Error(`people import failed: ${job.error}`);
    if (job.status === 'succeeded') break;
    await new Promise((r) => setTimeout(r, 200));
  }
  rmSync(dir, { recursive: true, force: true });
  const units = await api<{ items: { id: string; name: string }[] }>(s, '/api/org-units?q=xin%20man');
  const unit = units.items.find((u) => u.name === 'Xã Xín Mần')!;
  const template = await api<Buffer>(
    s,
    `/api/emulation/registrations/import-template?year=${year}&unitId=${unit.id}`,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Đăng ký')!;
  for (let r = 2; r <= 5001; r++)
    ws.getRow(r).getCell(8).value = r === 2 ? 'Tập thể lao động tiên tiến' : 'Lao động tiên tiến';
  if (ws.rowCount > 5001) ws.spliceRows(5002, ws.rowCount - 5001);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function measure(root: string) {
  const s = await startServer(root);
  try {
    const year = new Date().getFullYear();
    const file = await legitimateRegistrations(s, year);
    const t0 = performance.now();
    const result = await api<{ created: number; rejected: number }>(
      s,
      `/api/emulation/registrations/import?year=${year}`,
      { method: 'POST', body: form(file, 'dang-ky.xlsx') },
    );
    const importMs = performance.now() - t0;
    // The peak RSS from here on: Linux resets VmHWM to the current RSS on "5" > clear_refs; samples of
    // VmRSS stand in where that is not allowed, and when the process dies.
    try {
      writeFileSync(`/proc/${s.child.pid!}/clear_refs`, '5');
    } catch {
      /* not permitted: the samples alone */
    }
    const before = rssOf(s.child.pid!)!;
    const bomb = hostileWorkbooks().find((f) => f.id === 'cell-300mb')!;
    let peak = before.rss;
    const sample = () => {
      const m = rssOf(s.child.pid!);
      if (m) peak = Math.max(peak, m.rss, m.hwm);
    };
    const sampler = setInterval(sample, 20);
    // Meanwhile another user's requests: the slowest /api/health answer while the bomb is handled.
    let slowest = 0;
    let polling = true;
    const poll = (async () => {
      await new Promise((r) => setTimeout(r, 200));
      while (polling) {
        const t = performance.now();
        await fetch(`${s.base}/api/health`).catch(() => undefined);
        slowest = Math.max(slowest, performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t1 = performance.now();
    const answer = await fetch(`${s.base}/api/emulation/registrations/import?year=${year}`, {
      method: 'POST',
      headers: s.headers,
      body: form(bomb.content, bomb.fileName),
    }).then(
      async (r) =>
        `${r.status} ${((await r.json()) as { error?: { message: string } }).error?.message ?? ''}`,
      (e: Error) => `no answer (${e.message})`,
    );
    const bombMs = performance.now() - t1;
    polling = false;
    await poll;
    await new Promise((r) => setTimeout(r, 500));
    sample();
    clearInterval(sampler);
    const t2 = performance.now();
    const health = await fetch(`${s.base}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => `${r.status} in ${Math.round(performance.now() - t2)} ms`,
      () => 'no answer',
    );
    return {
      result,
      importMs,
      before,
      peak,
      answer,
      bombMs,
      slowest,
      health,
      alive: s.child.exitCode === null,
    };
  } finally {
    s.stop();
  }
}

const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;

export async function benchUploads() {
  const roots: [string, string][] = [['this checkout', here]];
  const before = process.env.UPLOAD_BENCH_BEFORE;
  if (before) {
    // The other checkout runs with this one's packages.
    try {
      symlinkSync(path.join(here, 'node_modules'), path.join(before, 'node_modules'));
    } catch {
      /* already linked */
    }
    roots.unshift(['before (UPLOAD_BENCH_BEFORE)', path.resolve(before)]);
  }
  const lines: string[] = [];
  let ok = true;
  for (const [label, root] of roots) {
    const m = await measure(root);
    lines.push(
      `${label}: 5,000-row registrations import ${(m.importMs / 1000).toFixed(2)} s (${m.result.created} created, ${m.result.rejected} rejected); ` +
        `300 MB-cell .xlsx (${Math.round(hostileWorkbooks()[0]!.content.length / 1024)} KB): answer ${m.answer} after ${(m.bombMs / 1000).toFixed(1)} s, ` +
        `server RSS ${mb(m.before.rss)} before, peak ${mb(m.peak)}; slowest /api/health meanwhile ${(m.slowest / 1000).toFixed(2)} s; afterwards: ${m.health}${m.alive ? '' : ' (process gone)'}`,
    );
    if (root === here)
      ok =
        m.alive && m.answer.startsWith('4') && m.peak - m.before.rss < 512 * 1024 * 1024 && m.slowest < 1000;
  }
  lines.push(
    'target: the bomb answers 4xx, other requests answer within 1 s meanwhile, the server peak RSS grows by < 512 MB',
  );
  return { name: 'Hostile and legitimate Excel uploads (server process)', lines, ok };
}
