import { Select } from 'antd';
import { useMemo } from 'react';
import { AWARD_GROUP_LABELS, AWARD_GROUPS, CATALOGUE } from '../../../domain/awards/catalogue';
import type { SubjectType } from '../../../domain/awards/types';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { m } from '../../lib/messages';

/** Words only, accents folded: "xa phuong" finds "Xã, phường, đặc khu tiêu biểu". */
export const searchText = (s: string) =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const SEARCH = new Map<string, string>(
  CATALOGUE.map((e) => [e.code, searchText([e.name, ...e.otherNames, e.code].join(' '))]),
);

/** Catalogue options grouped by Law Điều 9 group, limited to what a subject type may receive. */
export function awardOptions(subjectType?: SubjectType) {
  return AWARD_GROUPS.map((group) => ({
    label: AWARD_GROUP_LABELS[group],
    title: AWARD_GROUP_LABELS[group],
    options: CATALOGUE.filter(
      (e) => e.group === group && (!subjectType || e.subjectTypes.includes(subjectType)),
    ).map((e) => ({ value: e.code, label: e.name })),
  })).filter((g) => g.options.length > 0);
}

/** Pick a title or form of the catalogue by typing part of its name, with or without accents. */
export function AwardSelect({
  subjectType,
  value,
  onChange,
  id,
  style,
  mode,
  placeholder,
  ...rest
}: {
  subjectType?: SubjectType;
  value?: string | string[] | null;
  onChange?: (value: never) => void;
  id?: string;
  style?: React.CSSProperties;
  mode?: 'multiple';
  placeholder?: string;
  'aria-label'?: string;
}) {
  const options = useMemo(() => awardOptions(subjectType), [subjectType]);
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      mode={mode}
      value={(value ?? undefined) as never}
      onChange={onChange}
      options={options}
      style={{ width: '100%', ...style }}
      placeholder={placeholder ?? m.ledger.awardPlaceholder}
      allowClear
      showSearch={{
        filterOption: (input, option) => {
          const code = (option as { value?: string } | undefined)?.value;
          return !!code && (SEARCH.get(code) ?? '').includes(searchText(input));
        },
      }}
      popupMatchSelectWidth={false}
      notFoundContent={m.app.empty}
    />
  );
}
