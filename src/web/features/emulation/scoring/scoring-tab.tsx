import { CalculatorOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Skeleton, Space, Steps, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { SCORING_FLOW_STATES } from '../../../../domain/scoring/flow';
import { api, ApiError, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import type { BlocDetail } from '../emulation.api';
import { EntriesCard } from './entries-card';
import { ReasonModal } from './reason-modal';
import { ResultsCard } from './results-card';
import { type ScoringYear, scoringKeys, scoringPath } from './scoring.api';
import { st } from './scoring.messages';
import { TableCard } from './table-card';

export function useScoringYear(blocId: string, year: number) {
  return useQuery({
    queryKey: scoringKeys.year(blocId, year),
    queryFn: () => api.get<ScoringYear>(scoringPath(blocId, year)),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
}

/** A bloc-year's scoring: where the flow is, its actions, the table, entries and ranked results. */
export function ScoringTab({ bloc, year }: { bloc: BlocDetail; year: number }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const sy = useScoringYear(bloc.id, year);
  const [asking, setAsking] = useState<ScoringYear['actions'][number] | null>(null);
  const [sub, setSub] = useState('table');
  const refresh = () => client.invalidateQueries({ queryKey: ['emulation', 'scoring', bloc.id, year] });
  const transition = useMutation({
    mutationFn: (v: { action: string; label: string; reason?: string }) =>
      api.post<ScoringYear>(`${scoringPath(bloc.id, year)}/transitions`, {
        action: v.action,
        reason: v.reason,
        version: sy.data!.version,
      }),
    onSuccess: async (_, v) => {
      void message.success(st.transitionDone(v.label));
      setAsking(null);
      await refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const recompute = useMutation({
    mutationFn: () => api.post(`${scoringPath(bloc.id, year)}/recompute`),
    onSuccess: async () => {
      void message.success(st.recomputed);
      await refresh();
      setSub('results');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (sy.isLoading) return <Skeleton active />;
  if (sy.error || !sy.data) return <Alert type="error" showIcon title={errorMessage(sy.error)} />;
  const y = sy.data;
  const current = SCORING_FLOW_STATES.indexOf(y.status);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Steps
          size="small"
          current={current}
          status={y.status === 'published' ? 'finish' : 'process'}
          items={st.steps.map((title) => ({ title }))}
          style={{ marginBottom: 12 }}
        />
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <Typography.Text>
              {st.status}:{' '}
              <Typography.Text strong data-testid="scoring-status">
                {y.statusLabel}
              </Typography.Text>
            </Typography.Text>
            {y.table && (
              <Typography.Text type="secondary">· {st.tableVersion(y.table.versionNo)}</Typography.Text>
            )}
            {y.computedAt && (
              <Typography.Text type="secondary">
                · {st.computedAt(formatDateTime(y.computedAt))}
              </Typography.Text>
            )}
            {y.publishedAt && (
              <Typography.Text type="secondary">
                · {st.publishedAt(formatDateTime(y.publishedAt))}
              </Typography.Text>
            )}
          </Space>
          <Space wrap>
            {y.table && y.status !== 'published' && (
              <Button
                icon={<CalculatorOutlined />}
                loading={recompute.isPending}
                onClick={() => recompute.mutate()}
              >
                {st.recompute}
              </Button>
            )}
            {y.actions.map((a) => (
              <Button
                key={a.action}
                type={a.needsReason ? 'default' : 'primary'}
                danger={a.action === 'reopen' || a.action === 'return_to_self_scoring'}
                loading={transition.isPending && transition.variables?.action === a.action}
                onClick={() =>
                  a.needsReason ? setAsking(a) : transition.mutate({ action: a.action, label: a.label })
                }
              >
                {a.label}
              </Button>
            ))}
          </Space>
        </Space>
      </Card>
      <Tabs
        type="card"
        activeKey={sub}
        onChange={setSub}
        items={[
          { key: 'table', label: st.table, children: <TableCard bloc={bloc} year={year} sy={y} /> },
          { key: 'entries', label: st.entries, children: <EntriesCard bloc={bloc} year={year} sy={y} /> },
          { key: 'results', label: st.results, children: <ResultsCard blocId={bloc.id} year={year} /> },
        ]}
      />
      {asking && (
        <ReasonModal
          title={st.actionReason(asking.label)}
          loading={transition.isPending}
          onCancel={() => setAsking(null)}
          onOk={(reason) => transition.mutate({ action: asking.action, label: asking.label, reason })}
        />
      )}
    </Space>
  );
}
