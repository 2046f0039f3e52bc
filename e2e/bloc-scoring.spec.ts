import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, request } from '@playwright/test';
import ExcelJS from 'exceljs';
import { pickOption, setDate, signIn, test } from './fixtures';

/** 2024: the demo districts below were merged on 01/07/2025, so 2025 is the last year they can be members. */
const YEAR = 2024;
const BLOC = 'Khối các huyện phía Bắc (E2E)';
const ORGANISER = 'Tỉnh Tuyên Quang';
const MEMBERS = ['Huyện Chiêm Hóa', 'Huyện Hàm Yên', 'Huyện Na Hang'] as const;
const PASSWORD = 'DaiDienKhoi2025!';
/** A one-page PDF (the server recognises files by their content). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** JSON and multipart calls with a session cookie and its CSRF token. */
async function apiAs(page: Page) {
  const session = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': session.csrfToken };
  const call = async <T>(method: string, url: string, data?: unknown): Promise<T> => {
    const res = await page.request.fetch(url, { method, data, headers });
    expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  };
  const upload = async (url: string, name: string, buffer: Buffer) => {
    const res = await page.request.post(url, {
      multipart: { file: { name, mimeType: 'application/pdf', buffer } },
      headers,
    });
    expect(res.ok(), await res.text()).toBe(true);
  };
  return { call, upload };
}

async function ok(page: Page, text: string | RegExp) {
  await expect(page.locator('.ant-message').getByText(text)).toBeVisible();
}

/** The scoring table as the organiser fills the template: two groups, a proportional, a fixed and a banded item. */
async function filledTemplate(page: Page, blocId: string): Promise<string> {
  const res = await page.request.get(`/api/emulation/blocs/${blocId}/years/${YEAR}/scoring/table/template`);
  expect(res.ok()).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.body()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Bảng điểm')!;
  const rows = [
    [
      'Phát triển kinh tế',
      'KT',
      'KT1',
      'Thu ngân sách nhà nước trên địa bàn',
      40,
      'tỷ đồng',
      'Cao hơn tốt hơn',
      'Theo tỷ lệ thực hiện',
      '',
      'Có',
    ],
    [
      'Phát triển kinh tế',
      'KT',
      'KT2',
      'Hoàn thành giải ngân vốn đầu tư công',
      20,
      '',
      'Cao hơn tốt hơn',
      'Đạt/không đạt',
      '',
      'Không',
    ],
    [
      'Văn hóa – xã hội',
      'XH',
      'XH1',
      'Tạo việc làm mới',
      30,
      'người',
      'Cao hơn tốt hơn',
      'Theo mức',
      '80%=20; 100%=25; 120%=30',
      'Không',
    ],
  ];
  rows.forEach((r, i) => (sheet.getRow(i + 2).values = r));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tdkt-bloc-')), 'bang-cham-diem.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('bloc scoring: create a bloc, import the table, results with evidence, cross-check, publish, vote, hand over', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signIn(page);
  const api = await apiAs(page);
  const unitId = async (name: string) => {
    const r = await api.call<{ items: { id: string; name: string }[] }>(
      'GET',
      `/api/org-units?q=${encodeURIComponent(name)}&pageSize=50`,
    );
    return r.items.find((u) => u.name === name)!.id;
  };
  const ids = await Promise.all(MEMBERS.map(unitId));

  // A bloc with its agreed rotation, created in the back office.
  await page.goto('/cum-khoi-thi-dua');
  await page.getByRole('button', { name: 'Thêm cụm, khối' }).click();
  const create = page.getByRole('dialog', { name: 'Thêm cụm, khối thi đua' });
  await create.getByLabel('Tên cụm, khối').fill(BLOC);
  await pickOption(page, create.getByLabel('Đơn vị tổ chức'), ORGANISER, { search: ORGANISER });
  for (const m of MEMBERS)
    await pickOption(page, create.getByLabel('Thứ tự luân phiên Trưởng khối'), m, { search: m });
  await create.locator('.ant-modal-title').click();
  await create.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: BLOC })).toBeVisible();
  const blocId = /cum-khoi-thi-dua\/([0-9a-f-]{36})/.exec(page.url())![1]!;

  // Members of the year, then head and deputy.
  await page.goto(`/cum-khoi-thi-dua/${blocId}?nam=${YEAR}&tab=members`);
  await page.getByRole('button', { name: 'Sửa danh sách thành viên' }).click();
  const members = page.getByRole('dialog', { name: `Thành viên năm ${YEAR}` });
  for (const m of MEMBERS) await pickOption(page, members.getByLabel('Thành viên'), m, { search: m });
  await members.locator('.ant-modal-title').click();
  await members.getByRole('button', { name: 'Lưu' }).click();
  await ok(page, 'Đã ghi danh sách thành viên.');
  await page.getByRole('button', { name: 'Ghi Trưởng, Phó khối' }).click();
  const lead = page.getByRole('dialog', { name: `Trưởng khối, Phó khối năm ${YEAR}` });
  await pickOption(page, lead.getByLabel('Trưởng khối'), MEMBERS[0]);
  await pickOption(page, lead.getByLabel('Phó khối'), MEMBERS[1]);
  await lead.getByRole('button', { name: 'Lưu' }).click();
  await ok(page, 'Đã ghi Trưởng khối, Phó khối.');

  // The scoring table from the Excel template, then self-scoring opens.
  await page.getByRole('tab', { name: 'Chấm điểm' }).click();
  await page.locator('input[type=file][accept=".xlsx"]').setInputFiles(await filledTemplate(page, blocId));
  await ok(page, 'Đã nhập bảng chấm điểm (phiên bản 1).');
  await expect(page.getByRole('cell', { name: 'Tạo việc làm mới' })).toBeVisible();
  await page.getByRole('button', { name: 'Mở tự chấm điểm' }).click();
  await ok(page, 'Đã thực hiện: Mở tự chấm điểm.');

  // The organiser sets the first member's plans; the member reports results with evidence.
  await page.getByRole('tab', { name: 'Chỉ tiêu và kết quả' }).click();
  await pickOption(page, page.getByRole('combobox', { name: 'Thành viên' }), MEMBERS[0]);
  await page.getByLabel('Kế hoạch KT1').fill('100');
  await page.getByLabel('Kế hoạch XH1').fill('1000');
  await page.getByRole('button', { name: 'Lưu chỉ tiêu kế hoạch' }).click();
  await ok(page, 'Đã giao chỉ tiêu kế hoạch.');
  await page.getByLabel('Thực hiện KT1').fill('124');
  await page.getByLabel('Thực hiện XH1').fill('1533');
  await page.getByLabel('Đạt KT2').click();
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  await ok(page, 'Đã lưu kết quả thực hiện.');
  const kt1 = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'KT1', exact: true }), visible: true });
  await expect(kt1).toContainText('124');
  await kt1
    .locator('input[type=file]')
    .setInputFiles({ name: 'bao-cao-thu-ngan-sach.pdf', mimeType: 'application/pdf', buffer: PDF });
  await ok(page, 'Đã tải tệp lên.');
  await expect(kt1.getByText('bao-cao-thu-ngan-sach.pdf')).toBeVisible();

  // The two other members' plans and results (through the API, as their officers would).
  const base = `/api/emulation/blocs/${blocId}/years/${YEAR}/scoring`;
  const figures = [
    { unit: ids[1]!, kt1: 95, xh1: 1387 },
    { unit: ids[2]!, kt1: 98, xh1: 1153 },
  ];
  await api.call('PUT', `${base}/targets`, {
    targets: figures.flatMap((f) => [
      { unitId: f.unit, itemCode: 'KT1', plan: 100 },
      { unitId: f.unit, itemCode: 'XH1', plan: 1000 },
    ]),
  });
  for (const f of figures) {
    await api.call('PUT', `${base}/results/${f.unit}`, {
      results: [
        { itemCode: 'KT1', actual: f.kt1 },
        { itemCode: 'KT2', achieved: true },
        { itemCode: 'XH1', actual: f.xh1 },
      ],
    });
    await api.upload(`${base}/results/${f.unit}/items/KT1/evidence`, 'minh-chung.pdf', PDF);
  }

  // The head cross-checks: a change asks for a reason and is kept in the trail.
  await page.getByRole('button', { name: 'Chuyển sang chấm chéo' }).click();
  await ok(page, 'Đã thực hiện: Chuyển sang chấm chéo.');
  await page.getByLabel('Thực hiện KT1').fill('120');
  // The earlier "saved" notice must be gone, so the one asserted below is this save's.
  await expect(page.locator('.ant-message').getByText('Đã lưu kết quả thực hiện.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Lưu kết quả' }).click();
  const reason = page.getByRole('dialog', { name: 'Lý do thay đổi số liệu khi chấm chéo' });
  await reason.getByLabel('Lý do').fill('Cục Thống kê tỉnh xác nhận số thu 120 tỷ đồng');
  await reason.getByRole('button', { name: 'Lưu' }).click();
  await ok(page, 'Đã lưu kết quả thực hiện.');
  await expect(kt1).toContainText('120');
  await kt1.getByText('1', { exact: true }).hover();
  await expect(page.getByText(/Lý do: Cục Thống kê tỉnh xác nhận/)).toBeVisible();

  // Compute, confirm, publish; the ranking explains each item.
  await page.getByRole('button', { name: 'Tính lại điểm' }).click();
  await ok(page, 'Đã tính lại điểm, xếp hạng.');
  const first = page.getByRole('row').filter({ hasText: MEMBERS[0], visible: true });
  await expect(first.getByRole('cell').nth(1)).toHaveText('1');
  await page.getByRole('button', { name: 'Khối thống nhất kết quả' }).click();
  await ok(page, 'Đã thực hiện: Khối thống nhất kết quả.');
  await page.getByRole('button', { name: 'Công bố kết quả' }).click();
  await ok(page, 'Đã thực hiện: Công bố kết quả.');
  await expect(page.getByTestId('scoring-status')).toHaveText('Đã công bố');

  // Plan vs actual: the dashboard draws its charts.
  await page.getByRole('tab', { name: 'Kế hoạch – thực hiện' }).click();
  await expect(page.getByRole('img', { name: '% kế hoạch theo chỉ tiêu' }).locator('canvas')).toBeVisible();

  // The leader vote: one representative account per member.
  const reps = await Promise.all(
    MEMBERS.map((m, i) =>
      api.call<{ id: string; email: string }>('POST', '/api/users', {
        email: `dai-dien-${i + 1}@khoi-e2e.vn`,
        fullName: `Đại diện ${m}`,
        password: PASSWORD,
        grants: [{ role: 'council_member' }],
      }),
    ),
  );
  await page.getByRole('tab', { name: 'Suy tôn' }).click();
  await setDate(page, 'Ngày họp', `15/12/${YEAR}`);
  for (const [i, m] of MEMBERS.entries())
    await pickOption(
      page,
      page.getByRole('combobox', { name: `Đại diện ${m}`, exact: true }),
      `Đại diện ${m} (${reps[i]!.email})`,
      {
        search: reps[i]!.email,
      },
    );
  await page.getByRole('button', { name: 'Mở bỏ phiếu suy tôn' }).click();
  await ok(page, 'Đã mở bỏ phiếu suy tôn.');

  // Two representatives vote through the API, the third in the back office.
  for (const rep of reps.slice(0, 2)) {
    const ctx = await request.newContext({ baseURL });
    const signedIn = await ctx.post('/api/auth/sign-in', { data: { email: rep.email, password: PASSWORD } });
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const vote = await ctx.post(`/api/emulation/blocs/${blocId}/years/${YEAR}/leader-vote/ballot`, {
      data: { unitId: ids[0] },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(vote.status(), await vote.text()).toBe(204);
    await ctx.dispose();
  }
  const voter = await browser.newPage();
  await signIn(voter, reps[2]!.email, PASSWORD);
  await voter.goto(`/cum-khoi-thi-dua/${blocId}?nam=${YEAR}&tab=vote`);
  await voter.getByRole('radio', { name: MEMBERS[0] }).check();
  await voter.getByRole('button', { name: 'Bỏ phiếu' }).click();
  await ok(voter, 'Đã ghi phiếu của bạn.');
  await voter.close();

  await page.reload();
  await expect(page.getByText('Đã bỏ phiếu', { exact: true })).toHaveCount(3);
  await page.getByRole('button', { name: 'Kết thúc vòng, kiểm phiếu' }).click();
  await ok(page, 'Đã kiểm phiếu.');
  const proposals = page.getByTestId('vote-proposals');
  await expect(proposals.getByRole('row').filter({ hasText: MEMBERS[0] })).toContainText(/Cờ thi đua/);
  const minutes = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải biên bản họp khối (Word)' }).click();
  expect((await minutes).suggestedFilename()).toMatch(/\.docx$/);

  // Year-end handover by the agreed rotation: next in order becomes head, the one after deputy.
  await page.getByRole('tab', { name: 'Thành viên' }).click();
  await page.getByRole('button', { name: 'Chuyển giao cho năm sau' }).click();
  const handover = page.getByRole('dialog', { name: `Chuyển giao cuối năm ${YEAR} cho năm ${YEAR + 1}` });
  await expect(handover).toContainText(`Năm sau: Trưởng khối ${MEMBERS[1]}, Phó khối ${MEMBERS[2]}.`);
  await handover.getByRole('button', { name: 'Chuyển giao cho năm sau' }).click();
  await ok(page, `Đã chuyển giao cho năm ${YEAR + 1}.`);
  await page.goto(`/cum-khoi-thi-dua/${blocId}?nam=${YEAR + 1}&tab=history`);
  const next = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(YEAR + 1), exact: true }) });
  await expect(next).toContainText(MEMBERS[1]);
  await expect(next).toContainText(MEMBERS[2]);
});
