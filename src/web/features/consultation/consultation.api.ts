/** The shapes of /api/consultations and /api/nominations/:id/consultations (src/server/modules/consultation). */

export interface Consultation {
  id: string;
  nominationId: string;
  status: 'open' | 'closed';
  statusLabel: string;
  phase: 'scheduled' | 'open' | 'ended';
  startsOn: string;
  endsOn: string;
  workingDays: number;
  nomineeName: string;
  unitName: string;
  awardName: string;
  summary: string;
  publicPath: string;
  closedAt: string | null;
  pendingComments: number;
  totalComments: number;
  version: number;
}

export interface Comment {
  id: string;
  consultationId: string;
  authorName: string | null;
  contact: string | null;
  text: string;
  /** The text as published: identity numbers, phones, birth dates and e-mails hidden. */
  publicText: string;
  publicAuthorName: string | null;
  redactions: { kind: string; label: string; original: string }[];
  status: 'pending' | 'published' | 'hidden';
  statusLabel: string;
  moderationReason: string | null;
  moderatedBy: string | null;
  moderatedAt: string | null;
  createdAt: string;
}

export interface DossierConsultations {
  required: boolean;
  canModerate: boolean;
  nominationStatus: string;
  nominationVersion: number;
  consultations: Consultation[];
  comments: Comment[];
}

export const COMMENT_COLORS: Record<Comment['status'], string> = {
  pending: 'orange',
  published: 'green',
  hidden: 'default',
};
