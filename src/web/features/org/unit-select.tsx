import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { m } from '../../lib/messages';
import { useDebounced } from '../../lib/use-debounced';
import { breadcrumbText, listOrgUnits, orgKeys } from './org.api';

/** The empty value that stands for "the whole tenant" when `allowWholeTenant` is set. */
export const WHOLE_TENANT = '';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The label of the current value, when it is not among the options loaded yet. */
  initialLabel?: string;
  allowWholeTenant?: boolean;
  allowClear?: boolean;
  asOf?: string;
  placeholder?: string;
  id?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Pick an org unit by typing part of its name (accent-insensitive search on the server). */
export function UnitSelect({
  value,
  onChange,
  initialLabel,
  allowWholeTenant,
  allowClear = true,
  asOf,
  placeholder,
  id,
  style,
  ...rest
}: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const query = { q: q || undefined, asOf, pageSize: 20 };
  const { data, isFetching } = useQuery({
    queryKey: orgKeys.list(query),
    queryFn: () => listOrgUnits(query),
    staleTime: 60_000,
  });
  const [labels] = useState(() => new Map<string, string>());

  const options = useMemo(() => {
    const items = data?.items ?? [];
    for (const u of items) labels.set(u.id, u.name);
    const list = items.map((u) => ({
      value: u.id,
      label: u.name,
      title: [breadcrumbText(u.ancestors), u.name].filter(Boolean).join(' › '),
      crumb: breadcrumbText(u.ancestors),
    }));
    if (value && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: labels.get(value) ?? initialLabel ?? value, title: '', crumb: '' });
    }
    if (allowWholeTenant && !q)
      list.unshift({ value: WHOLE_TENANT, label: m.org.wholeTenant, title: '', crumb: '' });
    return list;
  }, [data, value, initialLabel, allowWholeTenant, q, labels]);

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      style={{ minWidth: 220, ...style }}
      value={value === null || value === undefined ? (allowWholeTenant ? WHOLE_TENANT : undefined) : value}
      onChange={(v: string | undefined) => onChange?.(v === undefined || v === WHOLE_TENANT ? null : v)}
      allowClear={allowClear}
      placeholder={placeholder ?? m.org.searchUnit}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onOpenChange={(open) => !open && setSearch('')}
      loading={isFetching}
      notFoundContent={isFetching ? m.app.loading : m.org.noResults}
      options={options}
      optionRender={(option) => (
        <div>
          <div>{option.data.label}</div>
          {option.data.crumb && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {option.data.crumb}
            </Typography.Text>
          )}
        </div>
      )}
      popupMatchSelectWidth={false}
    />
  );
}
