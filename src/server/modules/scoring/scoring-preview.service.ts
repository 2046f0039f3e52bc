import { evaluateScoring } from '../../../domain/scoring/engine';
import type { ScoringItem, ScoringTable } from '../../../domain/scoring/types';
import { AppError } from '../../lib/errors';
import type { ScoringPreviewBody, ScoringPreviewResult } from './scoring.schemas';

/** The zod output (nulls for absent optional fields) as the domain's table. */
function toTable(body: ScoringPreviewBody['table']): ScoringTable {
  return {
    groups: body.groups.map((g) => ({
      code: g.code,
      name: g.name,
      items: g.items.map((i): ScoringItem => ({
        code: i.code,
        name: i.name,
        maxPoints: i.maxPoints,
        direction: i.direction,
        method: i.method,
        ...(i.params ? { params: i.params } : {}),
        ...(i.unit ? { unit: i.unit } : {}),
        ...(typeof i.evidenceRequired === 'boolean' ? { evidenceRequired: i.evidenceRequired } : {}),
      })),
    })),
  };
}

/**
 * POST /api/scoring/preview: scores the members against the table sent, with nothing read or written —
 * the self-contained check of the score engine (issue 5, item 5). Problems of the table, the values or the
 * bands → 400 VALIDATION_ERROR with every problem in `details` ({ path, message }, paths under `body.`).
 */
export function previewScoring(body: ScoringPreviewBody): ScoringPreviewResult {
  // Ids may be strings or integers; the domain works on strings and the answer gives back what was sent.
  const sentIds = new Map(body.members.map((m) => [String(m.id), m.id]));
  const outcome = evaluateScoring({
    table: toTable(body.table),
    members: body.members.map((m) => ({
      id: String(m.id),
      ...(m.name ? { name: m.name } : {}),
      values: m.values ?? {},
    })),
    bands: body.bands ?? null,
  });
  if (!outcome.ok) {
    const details = outcome.problems.map((p) => ({
      path: p.path ? `body.${p.path}` : 'body',
      message: p.message,
    }));
    const first = outcome.problems[0];
    throw new AppError(
      'VALIDATION_ERROR',
      `Bảng chấm điểm hoặc số liệu không hợp lệ${first ? `: ${first.message}` : '.'}`,
      details,
    );
  }
  const { maxima, bands, members } = outcome.value;
  return {
    maxima,
    bands,
    members: members.map((m) => ({ ...m, id: sentIds.get(m.id) ?? m.id })),
  };
}
