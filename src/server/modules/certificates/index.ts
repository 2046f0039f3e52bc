import type { FastifyPluginAsync } from 'fastify';
import { decisionCertificatesRoutes } from './certificates.decision';
import { certificatesRoutes } from './certificates.routes';
import { publicCertificateRoutes } from './certificates.public';

/**
 * Certificates (issue 4 item 7): Bằng khen, Giấy khen, Giấy chứng nhận and title certificates as PDF, with a
 * registry number per tenant, form and year and a public code verified at /xac-minh/<code> (src/server/portal/verify.ts).
 */
export const certificatesModule: FastifyPluginAsync = async (app) => {
  await app.register(certificatesRoutes);
  await app.register(publicCertificateRoutes);
  await app.register(decisionCertificatesRoutes);
};

/** For the decisions module: bulk generation for a decision's award records, and the list of a decision. */
export { issueCertificates, listCertificates, startBulk } from './certificates.service';
export { findPublicCertificate, publicBaseUrl, STATUS_LABELS, VERIFY_LIMIT } from './certificates.public';
