/** Types and query keys of the emulation back office (movements, registrations, blocs). */
import type { BlocKind, LeadershipSource, MeetingKind } from '../../../domain/emulation/bloc';
import type {
  MovementKind,
  MovementLevel,
  MovementPhase,
  MovementStage,
} from '../../../domain/emulation/movement';
import type { RegistrationSubject } from '../../../domain/emulation/registration';
import { api } from '../../lib/api';
import { currentYear } from '../../lib/dates';

export interface UnitRef {
  id: string;
  name: string;
}

export interface Attachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface MovementItem {
  id: string;
  name: string;
  level: MovementLevel;
  levelLabel: string;
  kind: MovementKind;
  kindLabel: string;
  launcherUnit: UnitRef;
  startDate: string;
  endDate: string;
  years: number;
  phase: MovementPhase;
  phaseLabel: string;
  theme: string | null;
  version: number;
}

export interface FlagPath {
  title: string;
  path: string;
  minYears: number;
  citation: string;
  label: string;
}

export interface Stage {
  id: string;
  stage: MovementStage;
  stageLabel: string;
  date: string;
  report: string | null;
  awardRecordIds: string[];
  attachments: Attachment[];
  version: number;
}

export interface MovementDetail extends MovementItem {
  launcherPerson: { id: string; fullName: string } | null;
  slogan: string | null;
  objectives: string | null;
  criteria: string | null;
  participants: string | null;
  scopeUnits: UnitRef[];
  flagPaths: FlagPath[];
  stages: Stage[];
  createdAt: string;
  updatedAt: string;
}

export interface MovementFilter {
  year?: number;
  level?: MovementLevel;
  kind?: MovementKind;
  q?: string;
}

export interface Registration {
  id: string;
  year: number;
  subjectType: RegistrationSubject;
  subjectTypeLabel: string;
  unit: UnitRef;
  orgUnit: UnitRef | null;
  person: { id: string; fullName: string } | null;
  titleCode: string;
  titleLabel: string;
  registeredOn: string;
  late: boolean;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RegistrationFilter {
  year: number;
  unitId?: string;
  subjectType?: RegistrationSubject;
  late?: boolean;
  q?: string;
}

export interface RegistrationTitle {
  code: string;
  label: string;
  subjectType: RegistrationSubject;
}

export interface RegistrationImportResult {
  year: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: { row: number; messages: string[] }[];
}

export interface BlocItem {
  id: string;
  kind: BlocKind;
  kindLabel: string;
  name: string;
  organiserUnit: UnitRef;
  version: number;
}

export interface Leadership {
  id: string;
  year: number;
  head: UnitRef;
  deputy: UnitRef | null;
  source: LeadershipSource;
  sourceLabel: string;
  handedOver: boolean;
  handedOverAt: string | null;
  note: string | null;
  version: number;
}

export interface BlocDetail extends BlocItem {
  rotationOrder: UnitRef[];
  note: string | null;
  years: { year: number; memberCount: number; leadership: Leadership | null }[];
  createdAt: string;
  updatedAt: string;
}

export interface BlocYear {
  blocId: string;
  year: number;
  members: (UnitRef & { code: string | null })[];
  leadership: Leadership | null;
}

export interface Meeting {
  id: string;
  blocId: string;
  date: string;
  kind: MeetingKind;
  kindLabel: string;
  place: string | null;
  minutes: string | null;
  attachments: Attachment[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const emulationKeys = {
  all: ['emulation'] as const,
  movements: (filter: MovementFilter, page: number, pageSize: number) =>
    ['emulation', 'movements', filter, page, pageSize] as const,
  movement: (id: string) => ['emulation', 'movement', id] as const,
  registrations: (filter: RegistrationFilter, page: number, pageSize: number) =>
    ['emulation', 'registrations', filter, page, pageSize] as const,
  titles: ['emulation', 'registration-titles'] as const,
  deadlines: ['emulation', 'registration-deadlines'] as const,
  blocs: (q: string, page: number) => ['emulation', 'blocs', q, page] as const,
  bloc: (id: string) => ['emulation', 'bloc', id] as const,
  blocYear: (id: string, year: number) => ['emulation', 'bloc', id, 'year', year] as const,
  leaderships: (id: string) => ['emulation', 'bloc', id, 'leaderships'] as const,
  meetings: (id: string) => ['emulation', 'bloc', id, 'meetings'] as const,
};

/** Uploads one file as an attachment (movement stage, bloc meeting…); the shown name is kept. */
export function uploadAttachment(url: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return api.post<Attachment>(`${url}?fileName=${encodeURIComponent(file.name)}`, form);
}

export const CURRENT_YEAR = currentYear();

/** Years offered by the year pickers: ten back, two ahead. */
export const YEAR_OPTIONS = Array.from({ length: 13 }, (_, i) => CURRENT_YEAR + 2 - i).map((y) => ({
  value: y,
  label: `Năm ${y}`,
}));
