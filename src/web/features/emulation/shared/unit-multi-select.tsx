import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { m } from '../../../lib/messages';
import { useDebounced } from '../../../lib/use-debounced';
import { listOrgUnits, orgKeys } from '../../org/org.api';
import type { UnitRef } from '../emulation.api';

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Units already chosen (their names, before the search has loaded them). */
  known?: UnitRef[];
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Pick several org units by typing part of their names (server search); keeps the order of picking. */
export function UnitMultiSelect({ value, onChange, known, placeholder, id, style, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query = { q: q || undefined, pageSize: 30 };
  const { data, isFetching } = useQuery({
    queryKey: orgKeys.list(query),
    queryFn: () => listOrgUnits(query),
    staleTime: 60_000,
  });
  const [labels] = useState(() => new Map<string, string>());
  for (const u of known ?? []) labels.set(u.id, u.name);
  const options = useMemo(() => {
    const items = data?.items ?? [];
    for (const u of items) labels.set(u.id, u.name);
    const list = items.map((u) => ({ value: u.id, label: u.name }));
    for (const v of value ?? [])
      if (!list.some((o) => o.value === v)) list.unshift({ value: v, label: labels.get(v) ?? v });
    return list;
  }, [data, value, labels]);

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      style={{ minWidth: 240, ...style }}
      value={value ?? []}
      onChange={(v: string[]) => onChange?.(v)}
      placeholder={placeholder ?? m.org.searchUnit}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => !open && setSearch('')}
      onSelect={() => setSearch('')}
      loading={isFetching}
      notFoundContent={isFetching ? m.app.loading : m.org.noResults}
      options={options}
      popupMatchSelectWidth={false}
    />
  );
}
