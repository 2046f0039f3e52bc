import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';
import { escapeHtml, formatDateVi, html, raw } from './html';
import { page } from './layout';

describe('html tagged template', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"onmouseover="x', '&quot;onmouseover=&quot;x'],
    ["it's & `that`", 'it&#39;s &amp; &#96;that&#96;'],
    ['Nguyễn Thị Đào', 'Nguyễn Thị Đào'],
  ])('escapes %j', (input, expected) => {
    expect(html`<p title="${input}">${input}</p>`.value).toBe(`<p title="${expected}">${expected}</p>`);
    expect(escapeHtml(input)).toBe(expected);
  });

  it('nests html results and arrays without escaping them twice, drops null/undefined/booleans', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    // prettier-ignore
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${true}${0}`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0',
    );
    expect(html`${raw('<hr>')}`.value).toBe('<hr>');
  });

  it.each([
    ['2026-11-24', '24/11/2026'],
    ['2026-01-05T10:00:00Z', '05/01/2026'],
    ['rác', ''],
    [null, ''],
  ])('formats %j as dd/mm/yyyy', (input, expected) => expect(formatDateVi(input)).toBe(expected));

  it('the page shell carries the national heading, the issuer and the escaped title', () => {
    const out = page({ title: 'A<b>', issuer: 'UBND tỉnh "X"', body: html`<p>ok</p>` }).value;
    expect(out).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(out).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(out).toContain('<h1>A&lt;b&gt;</h1>');
    expect(out).toContain('UBND tỉnh &quot;X&quot;');
    expect(out).toContain('<html lang="vi">');
  });
});

describe('portal routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the stylesheet', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/portal.css' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.body).toContain('.nat');
  });

  it('an unknown portal path is a Vietnamese HTML 404 page that escapes the path, not the SPA or JSON', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/xac-minh/%3Cscript%3Ex%3C%2Fscript%3E/khac' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toContain('Không tìm thấy');
    expect(res.body).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(res.body).not.toContain('<script>');
  });

  it('a path outside the portal still gets the JSON 404 when no SPA is built', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/xac-minhx' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
