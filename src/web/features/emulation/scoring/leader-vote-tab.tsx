import { CheckCircleOutlined, FileWordOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { api, ApiError, errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useBlocYear } from '../blocs/bloc-year-card';
import type { BlocDetail } from '../emulation.api';
import { et } from '../emulation.messages';
import { formatPercent } from '../shared/numbers';
import { LeaderVoteOpen } from './leader-vote-open';
import { type LeaderVote, scoringKeys } from './scoring.api';
import { st } from './scoring.messages';

const t = st.vote;

/** The leader vote (suy tôn) of a bloc-year: open, cast, close rounds, the leader, proposals and minutes. */
export function LeaderVoteTab({ bloc, year }: { bloc: BlocDetail; year: number }) {
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const path = `/api/emulation/blocs/${bloc.id}/years/${year}`;
  const blocYear = useBlocYear(bloc.id, year);
  const vote = useQuery({
    queryKey: scoringKeys.vote(bloc.id, year),
    queryFn: () => api.get<LeaderVote>(`${path}/leader-vote`),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  const [choice, setChoice] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: scoringKeys.vote(bloc.id, year) });
  const act = (url: string, success: string) => ({
    mutationFn: (body?: unknown) => api.post(`${path}/leader-vote${url}`, body),
    onSuccess: async () => {
      void message.success(success);
      await refresh();
    },
    onError: (e: unknown) => void message.error(errorMessage(e)),
  });
  const cast = useMutation(act('/ballot', t.voted));
  const close = useMutation(act('/close', t.closed));
  const decide = useMutation(act('/decide', t.decided));
  const minutes = () =>
    api.download(`${path}/minutes.docx`, undefined, `bien-ban-hop-khoi-${year}.docx`).catch((e: unknown) => {
      void message.error(errorMessage(e));
    });

  if (vote.isLoading || blocYear.isLoading) return <Skeleton active />;
  if (vote.error instanceof ApiError && vote.error.status === 404)
    return can('emulation.write') ? (
      <LeaderVoteOpen blocId={bloc.id} year={year} members={blocYear.data?.members ?? []} />
    ) : (
      <Result status="info" title={t.none} />
    );
  if (vote.error || !vote.data) return <Alert type="error" showIcon title={errorMessage(vote.error)} />;
  const v = vote.data;
  const openRound = v.rounds.find((r) => r.open);
  const last = v.rounds[v.rounds.length - 1];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t.title}
        extra={
          <Button icon={<FileWordOutlined />} onClick={() => void minutes()}>
            {t.minutes}
          </Button>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t.heldOn}>{formatDate(v.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={st.status}>
            <Tag color={v.status === 'decided' ? 'success' : 'processing'} data-testid="vote-status">
              {v.statusLabel}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t.threshold}>
            {t.thresholdOf(v.thresholdPercent, v.thresholdCitation)}
          </Descriptions.Item>
        </Descriptions>
        {v.outcomeMessage && (
          <Alert
            type={v.leader ? 'success' : 'warning'}
            showIcon
            title={v.outcomeMessage}
            style={{ marginTop: 8 }}
          />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          {v.rounds.map((r) => (
            <Card
              key={r.round}
              size="small"
              style={{ marginBottom: 16 }}
              title={`${t.round(r.round)} · ${r.open ? t.roundOpen : t.roundClosed} · ${t.cast(r.ballotsCast, r.totalVoters)}`}
            >
              {r.open && <Typography.Paragraph type="secondary">{t.votesHidden}</Typography.Paragraph>}
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={[...r.candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))}
                columns={[
                  {
                    title: st.member,
                    dataIndex: 'name',
                    render: (n: string, c) =>
                      v.leader?.id === c.id ? (
                        <Space>
                          <TrophyOutlined style={{ color: '#d4b106' }} />
                          {n}
                        </Space>
                      ) : (
                        n
                      ),
                  },
                  {
                    title: t.votes,
                    dataIndex: 'votes',
                    width: 100,
                    align: 'right',
                    render: (x: number | null) => x ?? '—',
                  },
                  {
                    title: '%',
                    dataIndex: 'percentOfTotal',
                    width: 110,
                    align: 'right',
                    render: (x: number | null) => formatPercent(x),
                  },
                ]}
              />
            </Card>
          ))}
        </Col>
        <Col xs={24} lg={10}>
          {v.youMayVote && openRound && (
            <Card size="small" title={t.yourBallot} style={{ marginBottom: 16 }}>
              <Radio.Group
                aria-label={t.choose}
                value={choice}
                onChange={(e) => setChoice(e.target.value as string)}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={openRound.candidates.map((c) => ({ value: c.id, label: c.name }))}
              />
              <Button
                type="primary"
                style={{ marginTop: 12 }}
                disabled={!choice}
                loading={cast.isPending}
                onClick={() => cast.mutate({ unitId: choice })}
              >
                {t.castVote}
              </Button>
            </Card>
          )}
          <Card size="small" title={t.representatives} style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="userId"
              pagination={false}
              dataSource={v.representatives}
              columns={[
                { title: st.member, dataIndex: ['unit', 'name'] },
                { title: t.representatives, dataIndex: 'userLabel' },
                ...(openRound
                  ? [
                      {
                        title: '',
                        key: 'v',
                        width: 130,
                        render: (_: unknown, r: LeaderVote['representatives'][number]) =>
                          r.votedInOpenRound ? (
                            <Tag icon={<CheckCircleOutlined />} color="success">
                              {t.hasVoted}
                            </Tag>
                          ) : (
                            <Tag>{t.notVoted}</Tag>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
            {can('emulation.write') && openRound && (
              <Button
                danger
                style={{ marginTop: 12 }}
                loading={close.isPending}
                onClick={() => close.mutate(undefined)}
              >
                {t.close}
              </Button>
            )}
          </Card>
          {v.status === 'undecided' && can('emulation.write') && last && (
            <DecideCard
              candidates={last.candidates}
              loading={decide.isPending}
              onDecide={(body) => decide.mutate(body)}
            />
          )}
        </Col>
      </Row>
      {v.proposals.length > 0 && (
        <Card title={t.proposals} data-testid="vote-proposals">
          <Table
            size="small"
            rowKey={(p) => `${p.unit.id}-${p.awardCode}`}
            pagination={false}
            dataSource={v.proposals}
            columns={[
              { title: t.proposalPosition, dataIndex: 'position', width: 90 },
              { title: st.member, dataIndex: ['unit', 'name'] },
              {
                title: t.award,
                dataIndex: 'awardName',
                render: (n: string, p) => <Tag color={p.position === 1 ? 'red' : 'gold'}>{n}</Tag>,
              },
              {
                title: '',
                key: 'n',
                width: 200,
                render: (_, p) =>
                  p.nominationId ? (
                    <Link to={`/ho-so-de-nghi/${p.nominationId}`}>
                      {t.asNomination}
                      {p.nominationStatusLabel ? ` (${p.nominationStatusLabel.toLowerCase()})` : ''}
                    </Link>
                  ) : (
                    t.asProposal
                  ),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}

function DecideCard({
  candidates,
  loading,
  onDecide,
}: {
  candidates: LeaderVote['rounds'][number]['candidates'];
  loading: boolean;
  onDecide: (body: { unitId: string; reason: string }) => void;
}) {
  const [form] = Form.useForm<{ unitId: string; reason: string }>();
  return (
    <Card size="small" title={t.decide}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => onDecide({ unitId: v.unitId, reason: v.reason.trim() })}
      >
        <Form.Item
          name="unitId"
          label={t.leader}
          rules={[{ required: true, message: et.common.requiredSelect('đơn vị') }]}
        >
          <Select options={candidates.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t.decideReason}
          rules={[{ required: true, whitespace: true, message: st.reasonRequired }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t.decide}
        </Button>
      </Form>
    </Card>
  );
}
