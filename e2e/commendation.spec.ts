import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { vndInWords } from '../src/domain/text/number-words';
import { E2E_ADMIN, signIn, test } from './fixtures';

/**
 * Issue 4, the whole commendation journey in the browser: a round, three proposals (one flagged not eligible
 * by the eligibility verdict), submit, return with a reason, fix and resubmit; appraisal; a public consultation
 * with a citizen's comment moderated by the officer; a council session with quorum and a secret ballot on
 * the "Phiếu bầu" page (one candidate below the threshold); the decision issued, its Word file converted to
 * PDF with LibreOffice and read back; certificates generated with a progress bar, one rendered with pdftoppm,
 * verified on /xac-minh/<code>, and turned to revoked when the decision is revoked.
 */

const TOOLS = ['soffice', 'pdftotext', 'pdftoppm'] as const;
const which = (cmd: string) =>
  ['/usr/bin', '/usr/local/bin', '/bin'].map((d) => path.join(d, cmd)).find((p) => existsSync(p));

type Api = Awaited<ReturnType<typeof apiOf>>;
type Person = { id: string; fullName: string };
type Panel = {
  nomination: { version: number };
  checklist: { id: string; required: boolean; checked: boolean }[];
};

/** JSON calls with the page's session cookie and CSRF token — for set-up steps that are not the journey's point. */
async function apiOf(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, data?: unknown) => {
    const res = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T>(url: string, data: unknown = {}) => call<T>('POST', url, data),
    put: <T>(url: string, data: unknown) => call<T>('PUT', url, data),
    patch: <T>(url: string, data: unknown) => call<T>('PATCH', url, data),
  };
}

async function createPerson(api: Api, unitId: string, fullName: string, recruitedOn: string) {
  const p = await api.post<Person>('/api/people', {
    fullName,
    gender: 'male',
    birthDate: '1985-03-12',
    ethnicity: '01',
    isLeader: false,
    occupationGroup: 'civil_servant',
    recruitedOn,
    position: 'Chuyên viên',
    unitId,
  });
  await api.post('/api/ratings', { subjectType: 'individual', subjectId: p.id, year: 2025, rating: 'HTXS' });
  return { id: p.id, fullName };
}

/** Signs a council member in in a context of their own and casts their paper on the "Phiếu bầu" page. */
async function voteAs(browser: Browser, email: string, choices: Record<string, 'Đồng ý' | 'Không đồng ý'>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, E2E_ADMIN.password);
  await castPaper(page, choices);
  await context.close();
}

async function castPaper(page: Page, choices: Record<string, 'Đồng ý' | 'Không đồng ý'>) {
  await page.goto('/phieu-bau');
  await expect(page.getByRole('heading', { level: 1, name: 'Phiếu bầu' })).toBeVisible();
  for (const [name, choice] of Object.entries(choices)) {
    const item = page.locator('.ant-form-item').filter({ hasText: name });
    await item.getByRole('radio', { name: choice, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Bỏ phiếu' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Bỏ phiếu' }).click();
  await expect(page.getByText('Đã bỏ phiếu').first()).toBeVisible();
}

test.use({ actionTimeout: 15_000 });

/** Clicks the visible option of the open Ant Design select (its hidden accessibility twins are skipped). */
/**
 * Types `search` into an Ant Design select and picks the visible option containing `text`, retrying the whole
 * gesture until the select shows the choice (a search result arriving mid-click re-renders the list and
 * swallows the click).
 */
async function pick(page: Page, field: Locator, search: string, text: string) {
  const chosen = field
    .locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
    .locator('.ant-select-content-has-value, .ant-select-selection-item-content, .ant-select-selection-item')
    .filter({ hasText: text });
  await expect(async () => {
    if ((await chosen.count()) > 0) return;
    await field.fill(search);
    await page
      .locator('.ant-select-dropdown .ant-select-item-option')
      .filter({ visible: true, hasText: text })
      .first()
      .click({ timeout: 3000 });
    await expect(chosen.first()).toBeAttached({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

const t0 = Date.now();
const log = (what: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)} s] ${what}`);

function run(cmd: string, args: string[], cwd: string) {
  return execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 }).toString();
}

test('commendation journey: proposals → appraisal → consultation → council → decision → certificates', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const missing = TOOLS.filter((t) => !which(t));
  if (process.env.CI === 'true')
    expect(missing, 'CI cần libreoffice-writer và poppler-utils (.ci/run cài đặt)').toEqual([]);
  expect(
    missing,
    `Thiếu công cụ: ${missing.join(', ')} (apt-get install libreoffice-writer poppler-utils)`,
  ).toEqual([]);
  const work = mkdtempSync(path.join(tmpdir(), 'tdkt-e2e-'));

  await signIn(page);
  const api = await apiOf(page);

  // ── Set-up (API): a demo unit, three people of it with 2025 ratings; one recruited in September 2025, so the
  // eligibility engine flags the LĐTT 2025 proposal (recruited less than 6 months before the year's end).
  const units = await api.get<{ items: { id: string; name: string }[] }>(
    '/api/org-units?q=xin%20man&pageSize=5',
  );
  const unitId = units.items[0]!.id;
  const an = await createPerson(api, unitId, 'Nông Văn Khải', '2012-09-01');
  const binh = await createPerson(api, unitId, 'Triệu Thị Lành', '2014-03-01');
  const cuong = await createPerson(api, unitId, 'Sầm Văn Mạnh', '2025-09-01');
  const dung = await createPerson(api, unitId, 'Lò Thị Ngân', '2010-05-01');
  const roundName = `Khen thưởng tổng kết năm 2025 (E2E)`;
  const round = await api.post<{ id: string; version: number }>('/api/award-rounds', {
    name: roundName,
    orgUnitId: unitId,
    commendationType: 'cong_trang',
    level: 'province',
    year: 2025,
    unitIds: [unitId],
  });
  await api.post(`/api/award-rounds/${round.id}/open`, { version: round.version });

  const gotoRound = async () => {
    await page.goto(`/dot-khen-thuong/${round.id}`);
    await expect(page.getByRole('heading', { level: 1, name: roundName })).toBeVisible();
  };
  const open = async (p: Person) => {
    await gotoRound();
    await page.getByRole('link', { name: p.fullName }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(p.fullName) })).toBeVisible();
    return page.url().split('/').pop()!;
  };
  const withReason = async (button: string, reason: string) => {
    await page.getByRole('button', { name: button }).click();
    const modal = page.getByRole('dialog', { name: button });
    await modal.getByLabel('Lý do').fill(reason);
    await modal.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(modal).toBeHidden();
  };

  await test.step('1. the unit proposes three people for LĐTT 2025, one flagged not eligible, and submits', async () => {
    log('step 1');
    await gotoRound();
    for (const p of [an, binh, cuong]) {
      await page.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
      const dialog = page.getByRole('dialog', { name: 'Đề nghị khen thưởng' });
      await pick(page, dialog.getByLabel('Cá nhân được đề nghị'), p.fullName, p.fullName);
      await pick(page, dialog.getByLabel('Danh hiệu, hình thức'), 'Lao động tiên tiến', 'Lao động tiên tiến');
      await dialog.getByRole('button', { name: 'Lập hồ sơ' }).click();
      await expect(dialog).toBeHidden();
      await expect(
        page.getByRole('row', { name: new RegExp(p.fullName) }).getByText('Đang soạn'),
      ).toBeVisible();
    }
    await expect(
      page.getByRole('row', { name: new RegExp(cuong.fullName) }).getByText('Chưa đủ điều kiện'),
    ).toBeVisible();
    for (const p of [an, binh])
      await expect(
        page.getByRole('row', { name: new RegExp(p.fullName) }).getByText('Chưa đủ điều kiện'),
      ).toHaveCount(0);
    for (const p of [an, binh, cuong]) {
      await open(p);
      await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
      await expect(page.getByText('Đã nộp', { exact: true })).toBeVisible();
    }
  });

  const ids: Record<string, string> = {};
  await test.step('2. the board concludes the flagged one not eligible, returns one with a reason; the unit fixes and resubmits', async () => {
    log('step 2');
    ids.cuong = await open(cuong);
    await withReason('Không đủ điều kiện', 'Tuyển dụng chưa đủ 6 tháng trong năm đánh giá');
    await expect(
      page.getByText('Không đủ điều kiện: Tuyển dụng chưa đủ 6 tháng trong năm đánh giá'),
    ).toBeVisible();

    ids.binh = await open(binh);
    await withReason('Trả lại hồ sơ', 'Thiếu biên bản bình xét thi đua');
    await expect(page.getByText('Hồ sơ được trả lại: Thiếu biên bản bình xét thi đua')).toBeVisible();
    await page.getByLabel('Nội dung báo cáo').fill('Đã bổ sung biên bản bình xét thi đua.');
    await page.getByRole('button', { name: 'Lưu báo cáo' }).click();
    await expect(page.getByText('Đã lưu báo cáo thành tích')).toBeVisible();
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await expect(page.getByText('Đã nộp', { exact: true })).toBeVisible();
    ids.an = await open(an);

    await gotoRound();
    await expect(
      page.getByRole('row', { name: new RegExp(cuong.fullName) }).getByText('Không đủ điều kiện'),
    ).toBeVisible();
    await expect(
      page.getByRole('row', { name: new RegExp(binh.fullName) }).getByText('Đã nộp'),
    ).toBeVisible();
  });

  await test.step('3. appraisal passes; a public consultation opens; a citizen comments; the officer publishes it', async () => {
    log('step 3');
    // The appraisal and consultation panels are not on the dossier page yet: their calls go through the API.
    const appraise = async (id: string, version?: number) => {
      const panel = await api.post<Panel>(`/api/nominations/${id}/appraisal/receive`, { version });
      for (const item of panel.checklist.filter((i) => i.required && !i.checked))
        await api.patch(`/api/nominations/${id}/appraisal/checklist/${item.id}`, { checked: true });
      const done = await api.get<Panel>(`/api/nominations/${id}/appraisal`);
      return api.post<Panel>(`/api/nominations/${id}/appraisal/approve`, {
        version: done.nomination.version,
      });
    };
    for (const id of [ids.an!, ids.binh!]) await appraise(id);
    // A consultation holds its dossier for N working days (no clock to move in a browser test), so it runs on a
    // fourth dossier of the round whose form the tenant publishes (configured here).
    const { settings } = await api.get<{ settings: { consultation: { awardCodes: string[] } } }>(
      '/api/appraisal/settings',
    );
    const { consultation } = settings;
    await api.put('/api/appraisal/settings', {
      ...settings,
      consultation: { ...consultation, awardCodes: [...consultation.awardCodes, 'cstd_co_so'] },
    });
    const d = await api.post<{ id: string; version: number }>('/api/nominations', {
      roundId: round.id,
      proposingUnitId: unitId,
      subjectType: 'individual',
      subjectId: dung.id,
      awardCode: 'cstd_co_so',
    });
    const sub = await api.post<{ version: number }>(`/api/nominations/${d.id}/actions/submit`, {
      version: d.version,
      reason: null,
    });
    const ok = await appraise(d.id, sub.version);
    const c = await api.post<{ id: string }>(`/api/nominations/${d.id}/consultations`, {
      summary: `Bà ${dung.fullName}, chuyên viên, hoàn thành xuất sắc nhiệm vụ năm 2025, có sáng kiến được công nhận.`,
      version: ok.nomination.version,
    });

    const citizen = await browser.newContext();
    const pub = await citizen.newPage();
    await pub.goto(`/lay-y-kien/${c.id}`);
    await expect(pub.getByText(dung.fullName).first()).toBeVisible();
    await pub
      .locator('textarea[name="text"]')
      .fill('Tôi xác nhận bà Ngân làm việc tận tụy, được nhân dân tin yêu.');
    await pub.locator('input[name="name"]').fill('Hoàng Văn Em');
    await pub.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(pub.getByText(/Cảm ơn|đã nhận|Đã gửi/i).first()).toBeVisible();
    await citizen.close();

    await page.goto('/kiem-duyet-y-kien');
    await expect(page.getByRole('heading', { level: 1, name: 'Kiểm duyệt ý kiến nhân dân' })).toBeVisible();
    await page
      .getByRole('row', { name: new RegExp(dung.fullName) })
      .first()
      .click();
    await expect(page.getByText('Tôi xác nhận bà Ngân làm việc tận tụy').first()).toBeVisible();
    await page
      .getByRole('button', { name: /Công bố/ })
      .first()
      .click();
    await expect(page.getByText('Đã công bố ý kiến').first()).toBeVisible();
  });

  const voters = [1, 2].map((i) => `thanhvien${i}@tdkt.local`);
  let sessionId = '';
  await test.step('4. a council session reaches quorum and votes secretly; one candidate falls below the threshold', async () => {
    log('step 4');
    const me = await api.get<{ user: { id: string; fullName: string } }>('/api/auth/session');
    const users = [];
    for (const [i, email] of voters.entries())
      users.push(
        await api.post<{ id: string }>('/api/users', {
          email,
          fullName: `Ủy viên Hội đồng ${i + 1}`,
          password: E2E_ADMIN.password,
          grants: [{ role: 'council_member' }],
        }),
      );
    const council = await api.post<{ id: string; version: number }>('/api/council/councils', {
      orgUnitId: unitId,
      level: 'province',
      name: `Hội đồng Thi đua - Khen thưởng (E2E)`,
      foundingDecisionNumber: '12/QĐ-UBND',
      foundingDecisionDate: '2025-01-10',
    });
    await api.put(`/api/council/councils/${council.id}/members`, {
      version: council.version,
      members: [
        { userId: me.user.id, fullName: 'Quản trị hệ thống', position: 'Chủ tịch', role: 'chu_tich' },
        {
          userId: users[0]!.id,
          fullName: 'Ủy viên Hội đồng 1',
          position: 'Giám đốc Sở',
          role: 'pho_chu_tich',
        },
        {
          userId: users[1]!.id,
          fullName: 'Ủy viên Hội đồng 2',
          position: 'Giám đốc Sở',
          role: 'uy_vien_thu_ky',
        },
      ],
    });
    const session = await api.post<{ id: string; attendance: { memberId: string }[] }>(
      '/api/council/sessions',
      {
        councilId: council.id,
        roundId: round.id,
        title: `Xét khen thưởng năm 2025 (E2E)`,
        heldOn: '2025-12-15',
        place: 'Hà Giang',
      },
    );
    sessionId = session.id;
    await api.put(`/api/council/sessions/${session.id}/attendance`, {
      items: session.attendance.map((a) => ({ memberId: a.memberId, status: 'present' })),
    });

    await page.goto(`/hoi-dong-thi-dua/phien-hop/${session.id}`);
    await expect(page.getByText(/3 có mặt/)).toBeVisible();
    await page.getByRole('button', { name: 'Mở bỏ phiếu kín' }).click();
    await expect(page.getByRole('button', { name: 'Kết thúc bỏ phiếu' })).toBeVisible();

    await castPaper(page, { [an.fullName]: 'Đồng ý', [binh.fullName]: 'Đồng ý' });
    await voteAs(browser, voters[0]!, { [an.fullName]: 'Đồng ý', [binh.fullName]: 'Không đồng ý' });
    await voteAs(browser, voters[1]!, { [an.fullName]: 'Đồng ý', [binh.fullName]: 'Không đồng ý' });

    await page.goto(`/hoi-dong-thi-dua/phien-hop/${session.id}`);
    await page.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
    await expect(
      page
        .getByRole('row', { name: new RegExp(an.fullName) })
        .getByText('Đề nghị khen thưởng')
        .first(),
    ).toBeVisible();
    await expect(
      page
        .getByRole('row', { name: new RegExp(binh.fullName) })
        .getByText('Không đạt')
        .first(),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Kết thúc phiên họp' }).click();
    await expect(page.getByRole('button', { name: 'Kết thúc phiên họp' })).toBeHidden();
  });

  let decisionNumber = '';
  let decisionId = '';
  await test.step('5. the decision is drafted from the approved dossiers and issued; its Word file reads right in LibreOffice', async () => {
    log('step 5');
    // Set-up through the API: the draft from the round's approved dossiers, its signer and signing date.
    const draft = await api.post<{ id: string; version: number }>('/api/decisions/from-round', {
      roundId: round.id,
      awardCode: 'lao_dong_tien_tien',
    });
    await api.patch<{ version: number }>(`/api/decisions/${draft.id}`, {
      version: draft.version,
      signerName: 'Nguyễn Văn Sơn',
      decisionDate: '2025-12-20',
    });
    // Issued on the decision page, and its Word file downloaded from there.
    await page.goto(`/quyet-dinh-khen-thuong/${draft.id}`);
    await expect(page.getByRole('heading', { name: 'Dự thảo quyết định' })).toBeVisible();
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const issueDialog = page.getByRole('dialog', { name: 'Ban hành quyết định' });
    await expect(issueDialog.getByRole('textbox')).toHaveValue('20/12/2025');
    await issueDialog.getByRole('button', { name: 'Ban hành' }).click();
    await expect(issueDialog).toBeHidden();
    await expect(page.getByRole('heading', { name: /^Quyết định số / })).toBeVisible();
    const issued = await api.get<{ id: string; number: string; total: number }>(`/api/decisions/${draft.id}`);
    decisionId = issued.id;
    decisionNumber = issued.number;
    await expect(page.getByRole('heading', { name: `Quyết định số ${decisionNumber}` })).toBeVisible();
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải quyết định (Word)' }).click(),
    ]);
    const docx = path.join(work, 'quyet-dinh.docx');
    await word.saveAs(docx);
    run(which('soffice')!, ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], work);
    const text = run(which('pdftotext')!, ['-layout', path.join(work, 'quyet-dinh.pdf'), '-'], work);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('QUYẾT ĐỊNH');
    expect(flat).toContain(decisionNumber);
    expect(flat).toContain(an.fullName);
    expect(flat).not.toContain(binh.fullName);
    expect(flat).not.toContain(cuong.fullName);
    expect(issued.total).toBeGreaterThan(0);
    expect(flat).toContain(vndInWords(issued.total));
  });

  await test.step('6. certificates with a progress bar; one PDF renders and verifies; revocation turns the page', async () => {
    log('step 6');
    await page.goto('/bang-khen-giay-khen');
    await page.getByLabel('Số quyết định').fill(decisionNumber);
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.getByRole('button', { name: 'Tạo bằng khen/giấy khen' }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expect(page.getByText('Đã tạo xong 1 bằng')).toBeVisible({ timeout: 30_000 });
    const row = page.getByRole('row', { name: new RegExp(an.fullName) });
    await expect(row.getByText('Còn hiệu lực')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'PDF' }).click(),
    ]);
    const pdf = path.join(work, 'bang.pdf');
    await download.saveAs(pdf);
    run(which('pdftoppm')!, ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, path.join(work, 'bang')], work);
    const png = path.join(work, 'bang-1.png');
    expect(statSync(png).size).toBeGreaterThan(10_000);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    expect(run(which('pdftotext')!, [pdf, '-'], work).replace(/\s+/g, ' ')).toContain(an.fullName);

    const href = await row.getByRole('link', { name: /Trang xác minh/ }).getAttribute('href');
    expect(href).toMatch(/^\/xac-minh\//);
    const visitor = await browser.newContext();
    const pub = await visitor.newPage();
    await pub.goto(href!);
    await expect(pub.getByText(an.fullName).first()).toBeVisible();
    await expect(pub.getByText('Còn hiệu lực').first()).toBeVisible();

    // Revoked on the decision page (Law Điều 93), with a reason.
    await page.goto(`/quyet-dinh-khen-thuong/${decisionId}`);
    await page.getByRole('button', { name: 'Huỷ bỏ quyết định (Điều 93)' }).click();
    const revokeDialog = page.getByRole('dialog', { name: /Huỷ bỏ quyết định khen thưởng/ });
    await revokeDialog.getByLabel('Lý do').fill('Phát hiện kê khai thành tích không trung thực');
    await revokeDialog.getByRole('button', { name: 'Huỷ bỏ' }).click();
    await expect(revokeDialog).toBeHidden();
    await expect(page.getByText('Lý do: Phát hiện kê khai thành tích không trung thực')).toBeVisible();
    await pub.reload();
    await expect(pub.getByText('Đã bị thu hồi').first()).toBeVisible();
    await expect(pub.getByText('Còn hiệu lực')).toHaveCount(0);
    await visitor.close();
  });
  void sessionId;
});
