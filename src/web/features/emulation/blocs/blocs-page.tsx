import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/page-header';
import { api, errorMessage, type Page } from '../../../lib/api';
import { useDebounced } from '../../../lib/use-debounced';
import { type BlocItem, emulationKeys } from '../emulation.api';
import { et } from '../emulation.messages';
import { BlocFormModal } from './bloc-form';

const t = et.blocs;

/** /cum-khoi-thi-dua: the tenant's clusters and blocs. */
export default function BlocsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: emulationKeys.blocs(q, page),
    queryFn: () => api.get<Page<BlocItem>>('/api/emulation/blocs', { q: q || undefined, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          can('emulation.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t.create}
            </Button>
          )
        }
      >
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </PageHeader>
      <div className="tdkt-filters" role="search">
        <Input.Search
          aria-label={et.common.search}
          placeholder={et.common.search}
          allowClear
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          style={{ width: 300 }}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<BlocItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t.empty }}
        onRow={(r) => ({ onDoubleClick: () => void navigate(`/cum-khoi-thi-dua/${r.id}`) })}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          showTotal: (n) => et.common.total(n),
          onChange: setPage,
        }}
        columns={[
          {
            title: t.name,
            dataIndex: 'name',
            render: (n: string, r) => <Link to={`/cum-khoi-thi-dua/${r.id}`}>{n}</Link>,
          },
          {
            title: t.kind,
            dataIndex: 'kindLabel',
            width: 160,
            render: (v: string, r) => <Tag color={r.kind === 'bloc' ? 'blue' : 'green'}>{v}</Tag>,
          },
          { title: t.organiser, dataIndex: ['organiserUnit', 'name'], width: 280 },
        ]}
      />
      {creating && (
        <BlocFormModal
          onClose={() => setCreating(false)}
          onSaved={(b) => void navigate(`/cum-khoi-thi-dua/${b.id}`)}
        />
      )}
    </>
  );
}
