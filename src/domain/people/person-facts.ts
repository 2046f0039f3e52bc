/** Checks on a person's facts entered through the API (the spreadsheet path uses parsePersonRow). */
import { checkCitizenId } from './citizen-id';
import type { GenderCode } from './person';
import { checkFullName, MIN_RECRUITMENT_AGE, yearsBetween } from './person-row';

export interface PersonFacts {
  fullName?: string;
  gender: GenderCode;
  birthDate: string | null;
  recruitedOn: string | null;
  citizenId?: string | null;
}
export interface FactProblem {
  path: string;
  message: string;
}

/**
 * Dates not after `today` nor before 1900; recruitment after birth at an age of at least 15
 * (Bộ luật Lao động 2019 Điều 143); citizen ID consistent with birth year and gender (TT 59/2021/TT-BCA Điều 7).
 */
export function checkPersonFacts(facts: PersonFacts, today: string): FactProblem[] {
  const problems: FactProblem[] = [];
  if (facts.fullName !== undefined) {
    const name = checkFullName(facts.fullName);
    if (!name.ok) problems.push({ path: 'fullName', message: name.reason });
  }
  for (const [path, label, value] of [
    ['birthDate', 'Ngày sinh', facts.birthDate],
    ['recruitedOn', 'Ngày tuyển dụng', facts.recruitedOn],
  ] as const) {
    if (value && value > today) problems.push({ path, message: `${label} không được sau ngày hôm nay` });
    if (value && value < '1900-01-01') problems.push({ path, message: `${label} không được trước năm 1900` });
  }
  if (facts.birthDate && facts.recruitedOn) {
    if (facts.recruitedOn <= facts.birthDate)
      problems.push({ path: 'recruitedOn', message: 'Ngày tuyển dụng phải sau ngày sinh' });
    else if (yearsBetween(facts.birthDate, facts.recruitedOn) < MIN_RECRUITMENT_AGE)
      problems.push({
        path: 'recruitedOn',
        message: `Tuổi khi tuyển dụng phải từ đủ ${MIN_RECRUITMENT_AGE} tuổi trở lên`,
      });
  }
  if (facts.citizenId) {
    const checked = checkCitizenId(facts.citizenId, { birthDate: facts.birthDate, gender: facts.gender });
    if (!checked.ok) problems.push({ path: 'citizenId', message: checked.reason });
  }
  return problems;
}
