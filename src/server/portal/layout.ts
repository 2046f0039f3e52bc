import { html, type SafeHtml } from './html';

export interface PageOptions {
  /** The <title> and the page heading. */
  title: string;
  /** The issuing body or tenant shown under the national heading (optional). */
  issuer?: string | null;
  /** Main content. */
  body: SafeHtml;
  /** A one-line description for search engines and link previews. */
  description?: string;
  /** Keep the page out of search engines (verification pages, per-person data). */
  noindex?: boolean;
}

/** The portal's own stylesheet: small, no web fonts, readable on a phone, printable. Served at /portal.css. */
export const PORTAL_CSS = `
:root{--ink:#1d1d1f;--muted:#5b5b66;--line:#d9d6cf;--red:#a3121b;--ok:#1c6b34;--bad:#a3121b;--paper:#fffdf8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f4f1ea;color:var(--ink);font:16px/1.55 "Times New Roman",Tinos,Georgia,serif}
a{color:#0b4f9c}
.nat{background:var(--red);color:#fff;text-align:center;padding:.6rem 1rem;line-height:1.3}
.nat strong{display:block;font-size:.95rem;letter-spacing:.02em}
.nat span{display:block;font-size:.9rem;font-weight:bold}
.nat em{display:block;font-style:normal;font-size:.85rem;opacity:.9;margin-top:.2rem}
main{max-width:46rem;margin:1rem auto;padding:1.25rem;background:var(--paper);border:1px solid var(--line)}
h1{font-size:1.35rem;margin:.2rem 0 1rem;text-align:center;text-transform:uppercase;color:var(--red)}
h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
dl.facts{display:grid;grid-template-columns:minmax(8rem,35%) 1fr;gap:.35rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;font-weight:bold;overflow-wrap:anywhere}
.status{display:inline-block;padding:.1rem .55rem;border-radius:.25rem;color:#fff}
.status.ok{background:var(--ok)}
.status.bad{background:var(--bad)}
.muted{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
footer{max-width:46rem;margin:0 auto 2rem;padding:0 1.25rem;color:var(--muted);font-size:.85rem;text-align:center}
input,textarea,button,select{font:inherit}
@media (max-width:30rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}main{margin:0;border:0}}
@media print{body{background:#fff}.nat{background:none;color:#000;border-bottom:1px solid #000}main{border:0;margin:0;max-width:none}.status{color:#000;border:1px solid #000}footer{display:none}}
`.trim();

/** The page shell every portal page uses: national heading, issuer, content, footer. */
export function page(options: PageOptions): SafeHtml {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} — Cổng thông tin thi đua, khen thưởng</title>
        ${options.description ? html`<meta name="description" content="${options.description}" />` : null}
        ${options.noindex ? html`<meta name="robots" content="noindex" />` : null}
        <link rel="stylesheet" href="/portal.css" />
      </head>
      <body>
        <header class="nat">
          <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
          <span>Độc lập - Tự do - Hạnh phúc</span>
          ${options.issuer ? html`<em>${options.issuer}</em>` : null}
        </header>
        <main>
          <h1>${options.title}</h1>
          ${options.body}
        </main>
        <footer>Cổng thông tin thi đua, khen thưởng</footer>
      </body>
    </html>`;
}

/** A page that only says something (errors, limits). */
export function messagePage(title: string, message: string, hint?: string): SafeHtml {
  return page({
    title,
    noindex: true,
    body: html`<p>${message}</p>
      ${hint ? html`<p class="muted">${hint}</p>` : null}`,
  });
}

/** The Vietnamese "not found" page. */
export function notFoundPage(message = 'Không tìm thấy trang bạn yêu cầu.'): SafeHtml {
  return messagePage('Không tìm thấy', message, 'Vui lòng kiểm tra lại đường dẫn hoặc mã bạn đã nhập.');
}
