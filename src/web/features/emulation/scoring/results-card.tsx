import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Table, Tag, Typography } from 'antd';
import { api, ApiError, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { formatPercent, formatPoints } from '../shared/numbers';
import { type ResultItem, type ScoringResults, scoringKeys, scoringPath } from './scoring.api';
import { st } from './scoring.messages';

type Member = ScoringResults['members'][number];
const RANK_COLORS = ['gold', 'blue', 'cyan'];

/** Ranked results: total, rank (ties share a rank), classification, and each item's points explained. */
export function ResultsCard({ blocId, year }: { blocId: string; year: number }) {
  const results = useQuery({
    queryKey: scoringKeys.results(blocId, year),
    queryFn: () => api.get<ScoringResults>(`${scoringPath(blocId, year)}/results`),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  const r = results.data;
  if (results.error && !(results.error instanceof ApiError && results.error.status === 404))
    return <Alert type="error" showIcon title={errorMessage(results.error)} />;
  return (
    <Card
      title={st.results}
      extra={
        r?.computedAt && (
          <Typography.Text type="secondary">{st.computedAt(formatDateTime(r.computedAt))}</Typography.Text>
        )
      }
    >
      {r?.stale && <Alert type="warning" showIcon title={st.stale} style={{ marginBottom: 12 }} />}
      <Table<Member>
        rowKey={(m) => m.unit.id}
        loading={results.isLoading}
        pagination={false}
        dataSource={r?.members ?? []}
        locale={{ emptyText: <Empty description={st.noResults} /> }}
        expandable={{
          expandedRowRender: (m) => (
            <Table<ResultItem>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={m.items}
              columns={[
                { title: st.code, dataIndex: 'code', width: 80 },
                { title: st.item, dataIndex: 'name', width: 260 },
                {
                  title: st.percent,
                  dataIndex: 'percentOfPlan',
                  width: 110,
                  align: 'right',
                  render: (v: number | null) => formatPercent(v),
                },
                {
                  title: st.points,
                  dataIndex: 'points',
                  width: 90,
                  align: 'right',
                  render: (v: number) => formatPoints(v),
                },
                {
                  title: st.explanation,
                  dataIndex: 'explanation',
                  render: (e: string) => <Typography.Text type="secondary">{e}</Typography.Text>,
                },
              ]}
            />
          ),
        }}
        columns={[
          {
            title: st.rank,
            dataIndex: 'rank',
            width: 80,
            render: (v: number) => <Tag color={RANK_COLORS[v - 1] ?? 'default'}>{v}</Tag>,
          },
          { title: st.member, dataIndex: ['unit', 'name'] },
          {
            title: st.total,
            dataIndex: 'total',
            width: 120,
            align: 'right',
            render: (v: number) => <Typography.Text strong>{formatPoints(v)}</Typography.Text>,
          },
          {
            title: st.classification,
            dataIndex: 'classification',
            width: 180,
            render: (c: string | null) => c ?? '—',
          },
        ]}
      />
    </Card>
  );
}
