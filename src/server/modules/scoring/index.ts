import type { FastifyPluginAsync } from 'fastify';
import { scoringPreviewRoutes } from './scoring-preview.routes';

/** Scoring: the self-contained preview of the score engine (issue 5, item 5). */
export const scoringModule: FastifyPluginAsync = async (app) => {
  await app.register(scoringPreviewRoutes);
};

export { previewScoring } from './scoring-preview.service';
