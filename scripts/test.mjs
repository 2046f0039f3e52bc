// `npm test`: unit and integration tests (PGlite; and real PostgreSQL when TEST_DATABASE_URL is set), then the
// browser journeys in Debian's chromium. Under CI=true a missing part is a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const ci = process.env.CI === 'true' || process.env.CI === '1';
const reports = path.join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const CHROMIUM = '/usr/bin/chromium';

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
const timings = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) problems.push(`${label}: mã thoát ${result.status}`);
  return result.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return problems.push(`không có báo cáo ${path.basename(file)}`);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}

function countPlaywright(file) {
  if (!existsSync(file)) return problems.push('không có báo cáo Playwright');
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.stats.expected + r.stats.flaky;
  failed += r.stats.unexpected;
  skipped += r.stats.skipped;
}

const vitest = (name, project, env) =>
  run(name, bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(reports, `${name}.json`)}`], env);

vitest('unit', 'unit', {});
countVitest(path.join(reports, 'unit.json'));

vitest('integration-pglite', 'integration', { TEST_DATABASE_URL: '' });
countVitest(path.join(reports, 'integration-pglite.json'));

if (process.env.TEST_DATABASE_URL) {
  vitest('integration-postgres', 'integration', {});
  countVitest(path.join(reports, 'integration-postgres.json'));
} else if (ci) {
  problems.push('CI=true nhưng thiếu TEST_DATABASE_URL: không được bỏ qua kiểm thử trên PostgreSQL');
} else {
  console.log('\n(Bỏ qua kiểm thử tích hợp trên PostgreSQL: đặt TEST_DATABASE_URL=postgres://… để chạy.)');
}

if (existsSync(CHROMIUM)) {
  const built = run('build', bin('vite'), ['build', '--logLevel', 'warn']);
  if (built) {
    run('e2e', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'e2e.json') });
    countPlaywright(path.join(reports, 'e2e.json'));
  }
} else if (ci) {
  problems.push(`CI=true nhưng không có ${CHROMIUM}: không được bỏ qua kiểm thử trình duyệt`);
} else {
  console.log(`\n(Bỏ qua kiểm thử trình duyệt: không có ${CHROMIUM}; cài bằng "apt-get install chromium fonts-liberation2".)`);
}

if (ci && skipped > 0) problems.push(`CI=true nhưng có ${skipped} kiểm thử bị bỏ qua`);
console.log(`\nThời gian: ${timings.join(' · ')}`);
for (const p of problems) console.log(`LỖI: ${p}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
