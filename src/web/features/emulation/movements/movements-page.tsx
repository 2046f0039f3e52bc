import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from 'antd';
import {
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_LEVEL_LABELS,
  MOVEMENT_LEVELS,
} from '../../../../domain/emulation/movement';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/page-header';
import { api, errorMessage, type Page } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { emulationKeys, type MovementFilter, type MovementItem, YEAR_OPTIONS } from '../emulation.api';
import { et } from '../emulation.messages';
import { MovementFormModal } from './movement-form';

const t = et.movements;
export const PHASE_COLORS = { planned: 'default', launched: 'processing', closed: 'success' } as const;

/** /phong-trao-thi-dua: movements by year, level and kind. */
export default function MovementsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<MovementFilter>({});
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const query = { ...filter, q: q || undefined };
  const list = useQuery({
    queryKey: emulationKeys.movements(query, page, pageSize),
    queryFn: () => api.get<Page<MovementItem>>('/api/emulation/movements', { ...query, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Partial<MovementFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

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
          style={{ width: 260 }}
        />
        <Select
          aria-label={et.common.year}
          placeholder={t.allYears}
          allowClear
          value={filter.year}
          onChange={(v: number | undefined) => set({ year: v })}
          options={YEAR_OPTIONS}
        />
        <Select
          aria-label={t.level}
          placeholder={t.allLevels}
          allowClear
          value={filter.level}
          onChange={(v) => set({ level: v })}
          options={MOVEMENT_LEVELS.map((l) => ({ value: l, label: MOVEMENT_LEVEL_LABELS[l] }))}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t.kind}
          placeholder={t.allKinds}
          allowClear
          value={filter.kind}
          onChange={(v) => set({ kind: v })}
          options={MOVEMENT_KINDS.map((k) => ({ value: k, label: MOVEMENT_KIND_LABELS[k] }))}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<MovementItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t.empty }}
        scroll={{ x: 900 }}
        onRow={(r) => ({ onDoubleClick: () => void navigate(`/phong-trao-thi-dua/${r.id}`) })}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => et.common.total(n),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          {
            title: t.name,
            dataIndex: 'name',
            render: (name: string, r) => (
              <div>
                <Link to={`/phong-trao-thi-dua/${r.id}`}>{name}</Link>
                {r.theme && (
                  <div>
                    <Typography.Text type="secondary">{r.theme}</Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          { title: t.level, dataIndex: 'levelLabel', width: 180 },
          {
            title: t.kind,
            dataIndex: 'kindLabel',
            width: 140,
            render: (v: string, r) => <Tag color={r.kind === 'thematic' ? 'purple' : 'blue'}>{v}</Tag>,
          },
          { title: t.launcherUnit, dataIndex: ['launcherUnit', 'name'], width: 200 },
          {
            title: t.period,
            key: 'period',
            width: 220,
            render: (_, r) =>
              `${formatDate(r.startDate)} – ${formatDate(r.endDate)} (${t.yearsValue(r.years)})`,
          },
          {
            title: t.phase,
            dataIndex: 'phaseLabel',
            width: 150,
            render: (v: string, r) => <Tag color={PHASE_COLORS[r.phase]}>{v}</Tag>,
          },
        ]}
      />
      <MovementFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(m) => void navigate(`/phong-trao-thi-dua/${m.id}`)}
      />
    </>
  );
}
