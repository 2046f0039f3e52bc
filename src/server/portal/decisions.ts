import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { PUBLIC_LIMIT, publicDecisions } from '../modules/decisions';
import { formatDateVi, html } from './html';
import { messagePage, page } from './layout';
import { portalRateLimit, sendPage } from './respond';

/**
 * /quyet-dinh: the public list of issued commendation decisions — number, date, summary, issuing body, form,
 * status (a revoked decision stays listed, marked "Đã huỷ bỏ") and the awardees' names and units as the annex
 * prints them. A plain GET form filters by year and words; pages by links. No JavaScript.
 */

const QuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  year: z
    .union([z.literal(''), z.coerce.number().int().min(2000).max(2100)])
    .optional()
    .catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
const PAGE_SIZE = 20;

export const decisionsPage: FastifyPluginAsync = async (app) => {
  const limit = portalRateLimit(PUBLIC_LIMIT.limit, PUBLIC_LIMIT.windowMs);
  app.get('/quyet-dinh', { schema: { hide: true }, preHandler: limit }, async (request, reply) => {
    const parsed = QuerySchema.safeParse(request.query ?? {});
    if (!parsed.success)
      return sendPage(reply, messagePage('Yêu cầu không hợp lệ', 'Điều kiện tìm kiếm không hợp lệ.'), 400);
    const year = typeof parsed.data.year === 'number' ? parsed.data.year : undefined;
    const q = parsed.data.q || undefined;
    const current = parsed.data.page;
    const { items, total } = await publicDecisions(app.deps.database.db, {
      page: current,
      pageSize: PAGE_SIZE,
      year,
      q,
    });
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const link = (p: number) => {
      const params = new URLSearchParams();
      if (year) params.set('year', String(year));
      if (q) params.set('q', q);
      params.set('page', String(p));
      return `/quyet-dinh?${params.toString()}`;
    };
    const list = items.map(
      (d) =>
        html`<article>
          <h2>Quyết định số ${d.number} ngày ${formatDateVi(d.decisionDate)}</h2>
          <p>${d.summary}</p>
          <dl class="facts">
            <dt>Cơ quan ban hành</dt>
            <dd>${d.issuingBody}</dd>
            <dt>Hình thức</dt>
            <dd>${d.awardName}</dd>
            <dt>Tình trạng</dt>
            <dd>
              ${
                d.status === 'issued'
                  ? html`<span class="status ok">Đang có hiệu lực</span>`
                  : html`<span class="status bad">Đã huỷ bỏ ngày ${formatDateVi(d.revokedOn)}</span>`
              }
            </dd>
          </dl>
          ${
            d.awardees.length
              ? html`<table>
                  <thead>
                    <tr>
                      <th>STT</th>
                      <th>Họ và tên</th>
                      <th>Chức vụ/Đơn vị</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${d.awardees.map(
                      (a, i) =>
                        html`<tr>
                          <td>${i + 1}</td>
                          <td>${a.name}</td>
                          <td>${a.unit ?? ''}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
              : null
          }
        </article>`,
    );
    const body = html`<form method="get" action="/quyet-dinh">
        <label>Năm <input name="year" inputmode="numeric" size="6" value="${year ?? ''}" /></label>
        <label
          >Tìm <input name="q" value="${q ?? ''}" placeholder="Số quyết định, trích yếu, cơ quan"
        /></label>
        <button type="submit">Tìm</button>
      </form>
      <p class="muted">${total} quyết định${total ? `, trang ${current}/${pages}` : ''}.</p>
      ${items.length ? list : html`<p>Chưa có quyết định khen thưởng nào được công bố.</p>`}
      <nav>
        ${current > 1 ? html`<a href="${link(current - 1)}">← Trang trước</a>` : null}
        ${current < pages ? html` <a href="${link(current + 1)}">Trang sau →</a>` : null}
      </nav>`;
    return sendPage(
      reply,
      page({
        title: 'Quyết định khen thưởng',
        description: 'Danh sách quyết định khen thưởng đã ban hành',
        body,
      }),
    );
  });
};
