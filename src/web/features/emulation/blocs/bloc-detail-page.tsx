import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  InputNumber,
  Popconfirm,
  Result,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { FullPageSpin, PageHeader } from '../../../app/page-header';
import { api, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { type BlocDetail, CURRENT_YEAR, emulationKeys, type Leadership } from '../emulation.api';
import { et } from '../emulation.messages';
import { BlocFormModal } from './bloc-form';
import { BlocYearCard } from './bloc-year-card';
import { MeetingsCard } from './meetings-card';
import { LeaderVoteTab } from '../scoring/leader-vote-tab';
import { ScoringTab } from '../scoring/scoring-tab';
import { st } from '../scoring/scoring.messages';

const t = et.blocs;
/** Charts load with the dashboard tab only (ADR 0002). */
const BlocDashboard = lazy(() => import('../dashboards/bloc-dashboard'));

/** /cum-khoi-thi-dua/:id?nam=YYYY&tab=…: a bloc, one year at a time, its history and meetings. */
export default function BlocDetailPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { can } = useAuth();
  const writable = can('emulation.write');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const detail = useQuery({
    queryKey: emulationKeys.bloc(id),
    queryFn: () => api.get<BlocDetail>(`/api/emulation/blocs/${id}`),
  });
  const leaderships = useQuery({
    queryKey: emulationKeys.leaderships(id),
    queryFn: () => api.get<{ items: Leadership[] }>(`/api/emulation/blocs/${id}/leaderships`),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/emulation/blocs/${id}`),
    onSuccess: async () => {
      void message.success(et.common.deleted);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
      void navigate('/cum-khoi-thi-dua');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (detail.isLoading) return <FullPageSpin />;
  if (detail.error || !detail.data)
    return (
      <Result
        status="warning"
        title={errorMessage(detail.error)}
        extra={<Link to="/cum-khoi-thi-dua">{et.common.back}</Link>}
      />
    );
  const bloc = detail.data;
  const known = bloc.years.map((y) => y.year);
  const latest = known.length ? Math.max(...known) : CURRENT_YEAR;
  const year = Number(params.get('nam')) || latest;
  const tab = params.get('tab') ?? 'members';
  const go = (patch: Record<string, string>) =>
    setParams({ nam: String(year), tab, ...patch }, { replace: true });
  const yearOptions = [...new Set([...known, year, latest + 1])]
    .sort((a, b) => b - a)
    .map((y) => ({
      value: y,
      label: `Năm ${y}`,
    }));

  return (
    <>
      <PageHeader
        title={bloc.name}
        extra={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/cum-khoi-thi-dua')}>
              {et.common.back}
            </Button>
            {writable && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {et.common.edit}
                </Button>
                <Popconfirm
                  title={t.confirmDelete}
                  onConfirm={() => remove.mutate()}
                  okText={et.common.delete}
                  cancelText={et.common.cancel}
                >
                  <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                    {et.common.delete}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        }
      >
        <Space wrap>
          <Tag color={bloc.kind === 'bloc' ? 'blue' : 'green'}>{bloc.kindLabel}</Tag>
          <Typography.Text type="secondary">
            {t.organiser}: {bloc.organiserUnit.name}
          </Typography.Text>
        </Space>
        {bloc.rotationOrder.length > 0 && (
          <div style={{ marginTop: 6 }}>
            <Typography.Text type="secondary">{t.rotation}: </Typography.Text>
            {bloc.rotationOrder.map((u, i) => (
              <Tag key={u.id}>
                {i + 1}. {u.name}
              </Tag>
            ))}
          </div>
        )}
      </PageHeader>
      <div className="tdkt-filters">
        <Select
          aria-label={t.year}
          value={year}
          options={yearOptions}
          onChange={(v: number) => go({ nam: String(v) })}
          style={{ width: 140 }}
        />
        <InputNumber
          aria-label={t.addYear}
          placeholder={t.addYear}
          min={1945}
          max={2200}
          precision={0}
          style={{ width: 140 }}
          onPressEnter={(e) => {
            const v = Number((e.target as HTMLInputElement).value);
            if (v >= 1945 && v <= 2200) go({ nam: String(v) });
          }}
        />
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => go({ tab: k })}
        items={[
          {
            key: 'members',
            label: t.members,
            children: <BlocYearCard bloc={bloc} year={year} writable={writable} />,
          },
          { key: 'scoring', label: st.tab, children: <ScoringTab bloc={bloc} year={year} /> },
          { key: 'vote', label: st.voteTab, children: <LeaderVoteTab bloc={bloc} year={year} /> },
          {
            key: 'dashboard',
            label: st.dashboardTab,
            children: (
              <Suspense fallback={<Skeleton active />}>
                <BlocDashboard blocId={bloc.id} year={year} />
              </Suspense>
            ),
          },
          {
            key: 'history',
            label: t.history,
            children: (
              <Card>
                <Table
                  size="small"
                  rowKey="id"
                  loading={leaderships.isLoading}
                  pagination={false}
                  dataSource={leaderships.data?.items ?? []}
                  columns={[
                    { title: t.year, dataIndex: 'year', width: 80 },
                    { title: t.head, dataIndex: ['head', 'name'] },
                    { title: t.deputy, key: 'd', render: (_, l: Leadership) => l.deputy?.name ?? '—' },
                    { title: t.source, dataIndex: 'sourceLabel' },
                    {
                      title: t.handedOver,
                      key: 'h',
                      render: (_, l: Leadership) =>
                        l.handedOver ? formatDateTime(l.handedOverAt) : t.notHandedOver,
                    },
                  ]}
                />
              </Card>
            ),
          },
          {
            key: 'meetings',
            label: t.meetings,
            children: <MeetingsCard blocId={bloc.id} writable={writable} />,
          },
        ]}
      />
      {editing && <BlocFormModal bloc={bloc} onClose={() => setEditing(false)} />}
    </>
  );
}
