import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { COMMENT_LIMITS } from '../../domain/commendation/consultation';
import { publicConsultation, publicOpenConsultations, submitPublicComment } from '../modules/consultation';
import { clockOf } from '../lib/context';
import { formatDateVi, html, type SafeHtml } from './html';
import { messagePage, notFoundPage, page } from './layout';
import { portalRateLimit, sendPage } from './respond';

/**
 * /lay-y-kien: public consultation of nominations (law-reference §4.4). The list of open consultations, one
 * page per consultation with the published summary (never a citizen ID or a birth date: the summary is
 * redacted when published and no such field is read), the published comments and a form. A comment needs no
 * sign-in: name and contact optional, text length-limited, a honeypot field (a filled one is dropped silently),
 * a per-IP limit; POST answers 303 to the page with a thank-you (PRG). An ended consultation refuses comments
 * with 409 and a page that says so. Works without JavaScript.
 */

export const CONSULTATION_PATH = '/lay-y-kien';
/** Comments per IP: 5 per 10 minutes. Pages: 120 per minute. */
export const COMMENT_LIMIT = { limit: 5, windowMs: 10 * 60_000 };
const PAGE_LIMIT = { limit: 120, windowMs: 60_000 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HONEYPOT = 'website';

const notFound = (reply: FastifyReply) =>
  sendPage(reply, notFoundPage('Không tìm thấy đợt lấy ý kiến này hoặc đợt đã bị gỡ.'), 404);

const paragraphs = (text: string): SafeHtml[] =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) => html`<p>${p.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br />${line}`))}</p>`,
    );

interface FormState {
  values: { name: string; contact: string; text: string };
  issues: Record<string, string>;
}

function commentForm(id: string, state?: FormState): SafeHtml {
  const v = state?.values ?? { name: '', contact: '', text: '' };
  const issue = (k: string) =>
    state?.issues[k] ? html`<br /><strong class="status bad">${state.issues[k]}</strong>` : null;
  return html`<h2>Gửi ý kiến</h2>
    <form method="post" action="${CONSULTATION_PATH}/${id}">
      <p>
        <label
          >Họ và tên (không bắt buộc)<br />
          <input
            name="name"
            maxlength="${COMMENT_LIMITS.name}"
            value="${v.name}"
            autocomplete="name" /></label
        >${issue('name')}
      </p>
      <p>
        <label
          >Địa chỉ liên hệ, điện thoại hoặc thư điện tử (không bắt buộc, không công bố)<br />
          <input name="contact" maxlength="${COMMENT_LIMITS.contact}" value="${v.contact}" /></label
        >${issue('contact')}
      </p>
      <p>
        <label
          >Nội dung ý kiến (${COMMENT_LIMITS.textMin}–${COMMENT_LIMITS.textMax} ký tự)<br />
          <textarea
            name="text"
            rows="6"
            cols="60"
            required
            minlength="${COMMENT_LIMITS.textMin}"
            maxlength="${COMMENT_LIMITS.textMax}"
          >
${v.text}</textarea></label
        >${issue('text')}
      </p>
      <div hidden>
        <label>Trang web (để trống)<input name="${HONEYPOT}" tabindex="-1" autocomplete="off" /></label>
      </div>
      <p><button type="submit">Gửi ý kiến</button></p>
      <p class="muted">
        Ý kiến được cơ quan thi đua, khen thưởng xem xét trước khi công bố. Thông tin liên hệ chỉ dùng để xác
        minh khi cần.
      </p>
    </form>`;
}

async function renderConsultation(
  reply: FastifyReply,
  id: string,
  now: Date,
  opts: { thanks?: boolean; form?: FormState; status?: number } = {},
) {
  const c = await publicConsultation(reply.server.deps.database.db, id, now);
  if (!c) return notFound(reply);
  const open = c.phase === 'open';
  const body = html` ${opts.thanks ? html`<p><span class="status ok">Cảm ơn ông/bà đã gửi ý kiến.</span> Ý kiến sẽ được xem xét trước khi công bố.</p>` : null}
    <dl class="facts">
      <dt>Cá nhân / Tập thể được đề nghị</dt>
      <dd>${c.nomineeName}</dd>
      <dt>Đơn vị</dt>
      <dd>${c.unitName}</dd>
      <dt>Hình thức đề nghị</dt>
      <dd>${c.awardName}</dd>
      <dt>Thời gian lấy ý kiến</dt>
      <dd>Từ ${formatDateVi(c.startsOn)} đến hết ${formatDateVi(c.endsOn)}</dd>
      <dt>Tình trạng</dt>
      <dd>
        <span class="status ${open ? 'ok' : 'bad'}"
          >${open ? 'Đang lấy ý kiến' : c.phase === 'scheduled' ? 'Chưa bắt đầu' : 'Đã kết thúc'}</span
        >
      </dd>
    </dl>
    <h2>Tóm tắt thành tích</h2>
    ${paragraphs(c.summary)}
    <h2>Ý kiến đã công bố (${c.comments.length})</h2>
    ${
      c.comments.length === 0
        ? html`<p class="muted">Chưa có ý kiến nào được công bố.</p>`
        : c.comments.map(
            (m) =>
              html`<blockquote>
                ${paragraphs(m.text)}
                <p class="muted">
                  — ${m.authorName ?? 'Người dân (không ghi tên)'}, ${formatDateVi(m.createdAt)}
                </p>
              </blockquote>`,
          )
    }
    ${open ? commentForm(id, opts.form) : html`<p class="muted">Đợt lấy ý kiến ${c.phase === 'scheduled' ? 'chưa bắt đầu' : 'đã kết thúc'}; không nhận ý kiến.</p>`}
    <p><a href="${CONSULTATION_PATH}">← Các hồ sơ đang lấy ý kiến</a></p>`;
  return sendPage(
    reply,
    page({ title: 'Lấy ý kiến nhân dân về đề nghị khen thưởng', issuer: c.tenantName, body, noindex: true }),
    opts.status ?? 200,
  );
}

const field = (body: unknown, name: string): string => {
  const v = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

export const consultationPages: FastifyPluginAsync = async (app) => {
  // Forms post application/x-www-form-urlencoded; parsed here only (encapsulated), 32 KB at most.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 32 * 1024 },
    (_request, body, done) => {
      try {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  const pageLimit = portalRateLimit(PAGE_LIMIT.limit, PAGE_LIMIT.windowMs);
  const commentLimit = portalRateLimit(COMMENT_LIMIT.limit, COMMENT_LIMIT.windowMs);

  app.get(CONSULTATION_PATH, { schema: { hide: true }, preHandler: pageLimit }, async (_request, reply) => {
    const list = await publicOpenConsultations(app.deps.database.db, clockOf(app.deps));
    const body = html`<p class="muted">
        Các hồ sơ đề nghị khen thưởng đang được công khai để lấy ý kiến nhân dân trước khi Hội đồng Thi đua -
        Khen thưởng xét.
      </p>
      ${
        list.length === 0
          ? html`<p>Hiện không có hồ sơ nào đang lấy ý kiến.</p>`
          : html`<table>
              <thead>
                <tr>
                  <th>Cá nhân / Tập thể</th>
                  <th>Hình thức đề nghị</th>
                  <th>Đến hết ngày</th>
                </tr>
              </thead>
              <tbody>
                ${list.map(
                  (c) =>
                    html`<tr>
                      <td>
                        <a href="${CONSULTATION_PATH}/${c.id}">${c.nomineeName}</a><br /><span class="muted"
                          >${c.unitName} — ${c.tenantName}</span
                        >
                      </td>
                      <td>${c.awardName}</td>
                      <td>${formatDateVi(c.endsOn)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`;
    return sendPage(reply, page({ title: 'Lấy ý kiến nhân dân về đề nghị khen thưởng', body }));
  });

  app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>(
    `${CONSULTATION_PATH}/:id`,
    { schema: { hide: true }, preHandler: pageLimit },
    async (request, reply) => {
      if (!UUID.test(request.params.id)) return notFound(reply);
      return renderConsultation(reply, request.params.id, clockOf(app.deps), {
        thanks: request.query['da-gui'] === '1',
      });
    },
  );

  app.post<{ Params: { id: string }; Body: unknown }>(
    `${CONSULTATION_PATH}/:id`,
    { schema: { hide: true }, preHandler: commentLimit },
    async (request, reply) => {
      const id = request.params.id;
      if (!UUID.test(id)) return notFound(reply);
      const thanks = `${CONSULTATION_PATH}/${id}?da-gui=1`;
      if (field(request.body, HONEYPOT).trim() !== '')
        return reply.code(303).header('location', thanks).send();
      const values = {
        name: field(request.body, 'name'),
        contact: field(request.body, 'contact'),
        text: field(request.body, 'text'),
      };
      const now = clockOf(app.deps);
      const outcome = await submitPublicComment(app.deps.database.db, id, values, { now });
      switch (outcome.kind) {
        case 'accepted':
          return reply.code(303).header('location', thanks).send();
        case 'not_found':
          return notFound(reply);
        case 'closed':
          return sendPage(
            reply,
            messagePage(
              'Đã hết thời gian lấy ý kiến',
              `Đợt lấy ý kiến này đã kết thúc (hết ngày ${formatDateVi(outcome.endsOn)}); ý kiến của ông/bà không được ghi nhận.`,
              'Ông/bà có thể liên hệ trực tiếp cơ quan thi đua, khen thưởng nếu cần phản ánh.',
            ),
            409,
          );
        case 'scheduled':
          return sendPage(
            reply,
            messagePage(
              'Chưa bắt đầu lấy ý kiến',
              `Đợt lấy ý kiến này bắt đầu từ ngày ${formatDateVi(outcome.startsOn)}.`,
            ),
            409,
          );
        case 'invalid':
          return renderConsultation(reply, id, now, {
            form: { values, issues: outcome.issues },
            status: 400,
          });
      }
    },
  );
};
