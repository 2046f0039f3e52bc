import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Select, Skeleton, Space, Table } from 'antd';
import { useState } from 'react';
import { api, ApiError, errorMessage } from '../../../lib/api';
import { formatPercent, formatPoints } from '../shared/numbers';
import { type BlocDashboard as Dashboard, scoringKeys, scoringPath } from '../scoring/scoring.api';
import { st } from '../scoring/scoring.messages';
import { Chart } from './chart';
import { percentBars, totalBars } from './chart-options';
import { ProgressStats } from './progress-stats';

const t = st.dash;
const ALL = '';

/** Plan vs actual of a bloc-year: roll-up figures, % of plan per item, totals and progress by member. */
export default function BlocDashboard({ blocId, year }: { blocId: string; year: number }) {
  const [memberId, setMemberId] = useState(ALL);
  const dash = useQuery({
    queryKey: scoringKeys.dashboard(blocId, year),
    queryFn: () => api.get<Dashboard>(`${scoringPath(blocId, year)}/dashboard`),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  if (dash.isLoading) return <Skeleton active />;
  if (dash.error instanceof ApiError && dash.error.status === 404) return <Empty description={t.noData} />;
  if (dash.error || !dash.data) return <Alert type="error" showIcon title={errorMessage(dash.error)} />;
  const d = dash.data;
  const member = d.members.find((m) => m.unit.id === memberId);
  const names = new Map(d.items.map((i) => [i.code, i.name]));
  const itemBars = member
    ? member.items.map((i) => ({ label: i.code, title: names.get(i.code), value: i.percentOfPlan }))
    : d.items.map((i) => ({ label: i.code, title: i.name, value: i.progress }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ProgressStats progress={d.bloc} />
      <Card
        title={t.byItem}
        extra={
          <Select
            aria-label={st.member}
            value={memberId}
            onChange={setMemberId}
            style={{ width: 260 }}
            options={[
              { value: ALL, label: t.allMembers },
              ...d.members.map((m) => ({ value: m.unit.id, label: m.unit.name })),
            ]}
          />
        }
      >
        <Chart label={t.byItem} option={percentBars(itemBars)} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t.byMember}>
            <Chart
              label={t.byMember}
              height={280}
              option={totalBars(d.members.map((m) => ({ label: m.unit.name, value: m.total })))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t.rollup}>
            <Chart
              label={t.rollup}
              height={280}
              option={percentBars(
                d.members.map((m) => ({ label: m.unit.name, value: m.progress })),
                { label: `${t.blocAverage} ${formatPercent(d.bloc.progress)}`, value: d.bloc.progress },
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card>
        <Table
          size="small"
          rowKey={(m) => m.unit.id}
          pagination={false}
          dataSource={[...d.members].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))}
          columns={[
            { title: st.rank, dataIndex: 'rank', width: 70, render: (r: number | null) => r ?? '—' },
            { title: st.member, dataIndex: ['unit', 'name'] },
            {
              title: st.total,
              dataIndex: 'total',
              width: 110,
              align: 'right',
              render: (v: number | null) => formatPoints(v),
            },
            {
              title: t.progress,
              dataIndex: 'progress',
              width: 170,
              align: 'right',
              render: (v: number | null) => formatPercent(v),
            },
            {
              title: t.achievement,
              dataIndex: 'achievement',
              width: 170,
              align: 'right',
              render: (v: number | null) => formatPercent(v),
            },
            {
              title: t.coverage,
              dataIndex: 'coverage',
              width: 170,
              align: 'right',
              render: (v: number | null) => formatPercent(v),
            },
          ]}
        />
        <Alert style={{ marginTop: 12 }} type="info" showIcon title={t.formula} description={d.formula} />
      </Card>
    </Space>
  );
}
