import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, DatePicker, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, type Page } from '../../lib/api';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import { ACTION_LABELS, ENTITY_TYPE_LABELS, FIELD_LABELS, labelOf, m } from '../../lib/messages';
import { useDebounced } from '../../lib/use-debounced';
import type { User } from '../users/users.api';
import { diffSnapshots } from './audit-diff';

interface AuditEntry {
  id: string;
  createdAt: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

function AuditChanges({ entry }: { entry: AuditEntry }) {
  const changes = diffSnapshots(entry.before, entry.after);
  return (
    <div>
      {changes.length === 0 ? (
        <Typography.Text type="secondary">{m.audit.noChanges}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={changes}
          columns={[
            {
              key: 'f',
              title: m.audit.field,
              width: 200,
              render: (_, c) => FIELD_LABELS[c.field] ?? c.field,
            },
            {
              key: 'b',
              title: m.audit.before,
              render: (_, c) => <span className="tdkt-diff-old">{c.before}</span>,
            },
            {
              key: 'a',
              title: m.audit.after,
              render: (_, c) => <span className="tdkt-diff-new">{c.after}</span>,
            },
          ]}
        />
      )}
      {entry.requestId && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.audit.requestId}: <code>{entry.requestId}</code>
        </Typography.Text>
      )}
    </div>
  );
}

function ActorSelect({ value, onChange }: { value?: string; onChange: (v: string | undefined) => void }) {
  const { can } = useAuth();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const users = useQuery({
    queryKey: ['users', 'pick', q],
    queryFn: () => api.get<Page<User>>('/api/users', { q: q || undefined, pageSize: 20 }),
    enabled: can('users.manage'),
  });
  if (!can('users.manage')) return null;
  return (
    <Select
      aria-label={m.audit.actor}
      placeholder={m.audit.actor}
      allowClear
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={users.isFetching}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.email})` }))}
      style={{ width: 240 }}
      popupMatchSelectWidth={false}
    />
  );
}

/** /nhat-ky */
export default function AuditPage() {
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [actorUserId, setActor] = useState<string | undefined>();
  const [entityType, setEntityType] = useState<string | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 350);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const facets = useQuery({
    queryKey: ['audit', 'facets'],
    queryFn: () => api.get<{ entityTypes: string[]; actions: string[] }>('/api/audit/facets'),
  });
  const query = {
    from: toIsoDate(range?.[0]) ?? undefined,
    to: toIsoDate(range?.[1]) ?? undefined,
    actorUserId,
    entityType,
    action,
    q: q || undefined,
    page,
    pageSize,
  };
  const list = useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: () => api.get<Page<AuditEntry>>('/api/audit', query),
    placeholderData: keepPreviousData,
  });
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <>
      <PageHeader title={m.audit.title} />
      <div className="tdkt-filters" role="search">
        <DatePicker.RangePicker
          aria-label={m.audit.timeRange}
          format={DATE_FORMAT}
          placeholder={[m.audit.from, m.audit.to]}
          value={range}
          onChange={(v) => reset(setRange)(v)}
        />
        <ActorSelect value={actorUserId} onChange={reset(setActor)} />
        <Select
          aria-label={m.audit.entityType}
          placeholder={m.audit.entityType}
          allowClear
          value={entityType}
          onChange={reset(setEntityType)}
          options={(facets.data?.entityTypes ?? []).map((t) => ({
            value: t,
            label: labelOf(ENTITY_TYPE_LABELS, t),
          }))}
          style={{ width: 200 }}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={m.audit.action}
          placeholder={m.audit.action}
          allowClear
          value={action}
          onChange={reset(setAction)}
          options={(facets.data?.actions ?? []).map((a) => ({ value: a, label: labelOf(ACTION_LABELS, a) }))}
          style={{ width: 200 }}
          popupMatchSelectWidth={false}
        />
        <Input.Search
          aria-label={m.audit.keyword}
          placeholder={m.audit.keywordPlaceholder}
          allowClear
          value={search}
          onChange={(e) => reset(setSearch)(e.target.value)}
          style={{ width: 240 }}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: m.app.empty }}
        expandable={{ expandedRowRender: (entry) => <AuditChanges entry={entry} /> }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total, r) => m.common.range(r[0], r[1], total),
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          { key: 'time', title: m.audit.time, width: 170, render: (_, e) => formatDateTime(e.createdAt) },
          { key: 'actor', title: m.audit.actor, width: 200, render: (_, e) => e.actorLabel },
          {
            key: 'action',
            title: m.audit.action,
            width: 150,
            render: (_, e) => labelOf(ACTION_LABELS, e.action),
          },
          {
            key: 'entity',
            title: m.audit.entity,
            width: 170,
            render: (_, e) => labelOf(ENTITY_TYPE_LABELS, e.entityType),
          },
          { key: 'summary', title: m.audit.summary, render: (_, e) => e.summary },
        ]}
      />
    </>
  );
}
