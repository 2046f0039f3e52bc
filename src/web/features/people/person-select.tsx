import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api, type Page } from '../../lib/api';
import { m } from '../../lib/messages';
import { useDebounced } from '../../lib/use-debounced';
import type { PersonItem } from './people.api';

/** Pick a person by typing part of the name (server search). */
export function PersonSelect({
  value,
  onChange,
  initialLabel,
  ...rest
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  initialLabel?: string;
  'aria-label'?: string;
  id?: string;
  style?: React.CSSProperties;
}) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const { data, isFetching } = useQuery({
    queryKey: ['people', 'pick', q],
    queryFn: () => api.get<Page<PersonItem>>('/api/people', { q: q || undefined, pageSize: 20 }),
  });
  const options = (data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.unit ? `${p.fullName} — ${p.unit.name}` : p.fullName,
  }));
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel ?? value });
  return (
    <Select
      {...rest}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      allowClear
      placeholder={m.people.searchPlaceholder}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={isFetching}
      notFoundContent={m.app.empty}
      options={options}
    />
  );
}
