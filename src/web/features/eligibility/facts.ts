import type { Dayjs } from 'dayjs';
import type {
  CommendationType,
  DisciplineForm,
  InitiativeScope,
  Rating,
  SubjectType,
} from '../../../domain/awards/types';
import { fromIsoDate, toIsoDate } from '../../lib/dates';
import type { AchievementFile } from '../ledger/ledger.api';

/** The simulator's facts: as its form holds them, as POST /api/rules/evaluate reads them, from a ledger file. */

/** The facts as the simulator's form holds them (dates as pickers' values). */
export interface FactsValues {
  ratings: { year: number | null; rating: Rating | null; id?: string }[];
  awards: {
    code: string | null;
    year: number | null;
    type: CommendationType;
    id?: string;
    status?: 'valid' | 'revoked';
  }[];
  initiatives: {
    id: string;
    scope: InitiativeScope;
    recognizedOn: Dayjs | null;
    usedByAward: string | null;
  }[];
  disciplines: { form: DisciplineForm | null; from: Dayjs | null; to: Dayjs | null; id?: string }[];
  maternityLeaves: { from: Dayjs | null; to: Dayjs | null; id?: string }[];
  pendingInvestigation: boolean;
  recruitedOn: Dayjs | null;
  movementYears: number | null;
  isBlocLeader: boolean;
  members: { rating: Rating | null; titles: string[]; disciplineForm: DisciplineForm | null }[];
}

export const EMPTY_FACTS: FactsValues = {
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  maternityLeaves: [],
  pendingInvestigation: false,
  recruitedOn: null,
  movementYears: null,
  isBlocLeader: false,
  members: [],
};

export const isoDate = (d: Dayjs | null | undefined) => toIsoDate(d ?? null);
const iso = isoDate;
const ids = <T extends { id?: string }>(r: T) => (r.id ? { id: r.id } : {});

/** The form's facts as the body of POST /api/rules/evaluate. */
export function factsBody(f: FactsValues, subjectType: SubjectType) {
  const individual = subjectType === 'individual';
  return {
    ratings: f.ratings.map((r) => ({ year: r.year, rating: r.rating, ...ids(r) })),
    awards: f.awards.map((a) => ({
      code: a.code,
      year: a.year,
      type: a.type,
      ...ids(a),
      ...(a.status ? { status: a.status } : {}),
    })),
    initiatives: individual
      ? f.initiatives.map((i) => ({
          id: i.id?.trim(),
          scope: i.scope,
          recognizedOn: iso(i.recognizedOn),
          usedByAward: i.usedByAward?.trim() ? i.usedByAward.trim() : null,
        }))
      : [],
    disciplines: individual
      ? f.disciplines.map((d) => ({ form: d.form, from: iso(d.from), to: iso(d.to), ...ids(d) }))
      : [],
    maternityLeaves: individual
      ? f.maternityLeaves.map((l) => ({ from: iso(l.from), to: iso(l.to), ...ids(l) }))
      : [],
    pendingInvestigation: !!f.pendingInvestigation,
    recruitedOn: individual ? iso(f.recruitedOn) : null,
    movementYears: f.movementYears ?? null,
    ...(subjectType === 'collective'
      ? {
          isBlocLeader: !!f.isBlocLeader,
          members: f.members.map((mb) => ({
            rating: mb.rating ?? null,
            titles: mb.titles ?? [],
            disciplineForm: mb.disciplineForm ?? null,
          })),
        }
      : {}),
  };
}

/** A person's achievement file (and recruitment date) as simulator facts, ids kept so checks name records. */
export function factsFromFile(file: AchievementFile, recruitedOn: string | null): FactsValues {
  return {
    ...EMPTY_FACTS,
    ratings: file.ratings.map((r) => ({ year: r.year, rating: r.rating, id: r.id })),
    awards: file.awards.map((a) => ({
      code: a.awardCode,
      year: a.countedYear,
      type: a.commendationType,
      id: a.id,
      status: a.status,
    })),
    initiatives: file.initiatives.map((i) => ({
      id: i.id,
      scope: i.scope,
      recognizedOn: fromIsoDate(i.decisionDate),
      usedByAward: i.usedByAward?.id ?? null,
    })),
    disciplines: file.disciplines.map((d) => ({
      form: d.form,
      from: fromIsoDate(d.fromDate),
      to: fromIsoDate(d.toDate),
      id: d.id,
    })),
    maternityLeaves: file.maternityLeaves.map((l) => ({
      from: fromIsoDate(l.fromDate),
      to: fromIsoDate(l.toDate),
      id: l.id,
    })),
    pendingInvestigation: file.pendingInvestigation,
    recruitedOn: fromIsoDate(recruitedOn),
  };
}
