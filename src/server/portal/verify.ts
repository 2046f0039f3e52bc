import type { FastifyPluginAsync } from 'fastify';
import { findPublicCertificate, VERIFY_LIMIT } from '../modules/certificates';
import { formatDateVi, html } from './html';
import { notFoundPage, page } from './layout';
import { portalRateLimit, sendPage } from './respond';

/**
 * /xac-minh/<code>: the page a certificate's QR code opens. Shows the holder, unit, title or form, decision
 * number and date, issuing body and the award's current status — nothing more. No JavaScript, printable.
 */
export const verifyPage: FastifyPluginAsync = async (app) => {
  const limit = portalRateLimit(VERIFY_LIMIT.limit, VERIFY_LIMIT.windowMs);
  app.get<{ Params: { code: string } }>(
    '/xac-minh/:code',
    { schema: { hide: true }, preHandler: limit },
    async (request, reply) => {
      const c = await findPublicCertificate(app.deps, request.params.code);
      if (!c)
        return sendPage(reply, notFoundPage('Không tìm thấy bằng khen, giấy khen có mã xác minh này.'), 404);
      const body = html` <p class="muted">Thông tin xác minh bằng khen, giấy khen theo mã in trên bằng.</p>
        <dl class="facts">
          <dt>Họ và tên / Tập thể</dt>
          <dd>${c.holderName}</dd>
          ${
            c.unit
              ? html`<dt>Đơn vị</dt>
                  <dd>${c.unit}</dd>`
              : null
          }
          <dt>Danh hiệu / Hình thức</dt>
          <dd>${c.title}</dd>
          <dt>Quyết định</dt>
          <dd>Số ${c.decisionNumber}, ngày ${formatDateVi(c.decisionDate)}</dd>
          <dt>Cơ quan ban hành</dt>
          <dd>${c.issuingBody}</dd>
          <dt>Tình trạng</dt>
          <dd><span class="status ${c.status === 'valid' ? 'ok' : 'bad'}">${c.statusLabel}</span></dd>
        </dl>`;
      return sendPage(reply, page({ title: 'Xác minh khen thưởng', body, noindex: true }));
    },
  );
};
