import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../app/page-header';
import { api, errorMessage } from '../../../lib/api';
import { UnitSelect } from '../../org/unit-select';
import { formatDecimal, formatPoints } from '../shared/numbers';
import { scoringKeys, type UnitDashboard } from '../scoring/scoring.api';
import { st } from '../scoring/scoring.messages';
import { Chart } from './chart';
import { percentBars } from './chart-options';
import { ProgressStats } from './progress-stats';

const t = st.dash;
type Year = UnitDashboard['years'][number];

/** /ke-hoach-thuc-hien?donVi=…: one unit's targets, results and weighted progress in every bloc-year. */
export default function UnitDashboardPage() {
  const [params, setParams] = useSearchParams();
  const unitId = params.get('donVi');
  const dash = useQuery({
    queryKey: scoringKeys.unit(unitId ?? ''),
    queryFn: () => api.get<UnitDashboard>(`/api/emulation/units/${unitId}/scoring-dashboard`),
    enabled: Boolean(unitId),
  });
  return (
    <>
      <PageHeader title={t.unitTitle}>
        <Typography.Text type="secondary">{t.unitSubtitle}</Typography.Text>
      </PageHeader>
      <div className="tdkt-filters">
        <UnitSelect
          aria-label={t.chooseUnit}
          placeholder={t.chooseUnit}
          value={unitId}
          initialLabel={dash.data?.unit.name}
          onChange={(v) => setParams(v ? { donVi: v } : {})}
          style={{ width: 320 }}
        />
      </div>
      {!unitId && <Empty description={t.pickUnit} />}
      {dash.isLoading && <Skeleton active />}
      {dash.error && <Alert type="error" showIcon title={errorMessage(dash.error)} />}
      {dash.data && dash.data.years.length === 0 && <Empty description={t.noYears} />}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {dash.data?.years.map((y) => (
          <YearCard key={`${y.bloc.id}-${y.year}`} y={y} />
        ))}
        {dash.data && dash.data.years.length > 0 && (
          <Alert type="info" showIcon title={t.formula} description={dash.data.formula} />
        )}
      </Space>
    </>
  );
}

function YearCard({ y }: { y: Year }) {
  return (
    <Card
      title={
        <Link to={`/cum-khoi-thi-dua/${y.bloc.id}?nam=${y.year}&tab=dashboard`}>
          {t.blocYear(y.bloc.name, y.year)}
        </Link>
      }
      extra={<Tag color={y.status === 'published' ? 'success' : 'processing'}>{y.statusLabel}</Tag>}
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={st.total}>{formatPoints(y.total)}</Descriptions.Item>
        <Descriptions.Item label={st.rank}>{y.rank ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={st.classification}>{y.classification ?? '—'}</Descriptions.Item>
      </Descriptions>
      <ProgressStats progress={y} />
      <Chart
        label={t.byItem}
        option={percentBars(y.items.map((i) => ({ label: i.code, title: i.name, value: i.percentOfPlan })))}
      />
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={y.items}
        scroll={{ x: 800 }}
        columns={[
          { title: st.code, dataIndex: 'code', width: 80 },
          { title: st.item, dataIndex: 'name' },
          { title: st.unit, dataIndex: 'unit', width: 110, render: (u: string | null) => u ?? '—' },
          {
            title: st.plan,
            dataIndex: 'plan',
            width: 120,
            align: 'right',
            render: (v: number | null) => formatDecimal(v),
          },
          {
            title: st.actual,
            dataIndex: 'actual',
            width: 120,
            align: 'right',
            render: (v: number | null, r) =>
              r.achieved !== null ? (r.achieved ? 'Đạt' : 'Không đạt') : formatDecimal(v),
          },
          { title: st.percent, dataIndex: 'percentLabel', width: 140, align: 'right' },
        ]}
      />
    </Card>
  );
}
