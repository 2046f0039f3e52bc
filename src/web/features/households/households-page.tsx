import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, type Page } from '../../lib/api';
import { orDash } from '../../lib/format';
import { m } from '../../lib/messages';
import { useDebounced } from '../../lib/use-debounced';
import { UnitSelect } from '../org/unit-select';
import type { Household } from '../people/people.api';
import { HouseholdFormModal } from './household-form';

/** /ho-gia-dinh */
export default function HouseholdsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 350);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const query = { q: q || undefined, unitId: unitId ?? undefined, page, pageSize };
  const list = useQuery({
    queryKey: ['households', 'list', query],
    queryFn: () => api.get<Page<Household>>('/api/households', query),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader
        title={m.households.title}
        extra={
          can('people.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {m.households.create}
            </Button>
          )
        }
      />
      <div className="tdkt-filters" role="search">
        <Input.Search
          aria-label={m.households.search}
          placeholder={m.households.searchPlaceholder}
          allowClear
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          style={{ width: 280 }}
        />
        <UnitSelect
          aria-label={m.people.filterUnit}
          placeholder={m.people.filterUnit}
          value={unitId}
          onChange={(v) => {
            setUnitId(v);
            setPage(1);
          }}
          style={{ width: 260 }}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<Household>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 720 }}
        locale={{ emptyText: m.app.empty }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total, range) => m.common.range(range[0], range[1], total),
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          {
            key: 'name',
            title: m.households.name,
            render: (_, r) => <Link to={`/ho-gia-dinh/${r.id}`}>{r.name}</Link>,
          },
          {
            key: 'head',
            title: m.households.head,
            render: (_, r) =>
              r.head ? <Link to={`/ca-nhan/${r.head.id}`}>{r.head.fullName}</Link> : m.common.dash,
          },
          { key: 'address', title: m.households.address, render: (_, r) => orDash(r.address) },
          { key: 'unit', title: m.households.unit, render: (_, r) => r.unit.name },
          { key: 'code', title: m.households.code, width: 120, render: (_, r) => orDash(r.externalCode) },
        ]}
      />
      <HouseholdFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => id && void navigate(`/ho-gia-dinh/${id}`)}
      />
    </>
  );
}
