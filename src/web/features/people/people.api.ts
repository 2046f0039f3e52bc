import type { GenderCode, OccupationGroup } from '../../../domain/people/person';
import type { QueryValue } from '../../lib/api';

export interface UnitRef {
  id: string;
  name: string;
}

export interface PersonItem {
  id: string;
  fullName: string;
  gender: GenderCode;
  birthDate: string | null;
  ethnicity: string;
  ethnicityName: string;
  citizenId: string | null;
  position: string | null;
  isLeader: boolean;
  occupationGroup: OccupationGroup;
  recruitedOn: string | null;
  unit: UnitRef | null;
  externalCode: string | null;
  version: number;
}

export interface Membership {
  id: string;
  unit: UnitRef;
  position: string | null;
  fromDate: string | null;
  toDate: string | null;
}

export interface PersonDetail extends PersonItem {
  /** May this user see the full citizen ID (an audited reveal)? */
  citizenIdRevealable: boolean;
  phone: string | null;
  email: string | null;
  createdAt: string;
  updatedAt: string;
  memberships: Membership[];
  householdsHeaded: { id: string; name: string }[];
}

export type PersonSort = 'name' | '-name' | 'birthDate' | '-birthDate' | 'createdAt' | '-createdAt';

export interface PersonFilter extends Record<string, QueryValue> {
  q?: string;
  unitId?: string;
  includeSubunits?: boolean;
  gender?: GenderCode;
  ethnicity?: string;
  occupationGroup?: OccupationGroup;
  isLeader?: boolean;
  sort?: PersonSort;
}

export const peopleKeys = {
  all: ['people'] as const,
  list: (filter: PersonFilter, page: number, pageSize: number) =>
    ['people', 'list', filter, page, pageSize] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

export interface Household {
  id: string;
  name: string;
  head: { id: string; fullName: string } | null;
  unit: UnitRef;
  address: string | null;
  externalCode: string | null;
  version: number;
}
