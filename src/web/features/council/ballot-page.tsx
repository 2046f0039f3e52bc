import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, message, Modal, Radio, Result, Typography } from 'antd';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { type BallotView, CHOICE_LABELS, type Choice, councilKeys, ct, type MyBallot } from './council.api';

const CHOICES = Object.keys(CHOICE_LABELS) as Choice[];

/** /phieu-bau — a council member casts their own secret paper; afterwards only "Đã bỏ phiếu" shows. */
export default function BallotPage() {
  const mine = useQuery({
    queryKey: councilKeys.myBallots(),
    queryFn: () => api.get<{ items: MyBallot[] }>('/api/council/my-ballots'),
  });
  return (
    <>
      <PageHeader title={ct.ballotTitle}>
        <Typography.Text type="secondary">{ct.ballotSubtitle}</Typography.Text>
      </PageHeader>
      {mine.error && <Alert type="error" showIcon title={errorMessage(mine.error)} />}
      {mine.data?.items.length === 0 && <Empty description={ct.noBallots} />}
      {mine.data?.items.map((b) => (
        <Paper key={b.ballotId} item={b} />
      ))}
    </>
  );
}

function Paper({ item }: { item: MyBallot }) {
  const qc = useQueryClient();
  const [form] = Form.useForm<{ choices: Record<string, Choice> }>();
  const ballot = useQuery({
    queryKey: councilKeys.ballot(item.ballotId),
    queryFn: () => api.get<BallotView>(`/api/council/ballots/${item.ballotId}`),
    enabled: !item.voted,
  });
  const cast = useMutation({
    mutationFn: (choices: Record<string, Choice>) =>
      api.post(`/api/council/ballots/${item.ballotId}/vote`, { choices }),
    onSuccess: async () => {
      form.resetFields();
      await qc.invalidateQueries({ queryKey: councilKeys.all });
      void message.success(ct.voted);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const title = `${item.title} — ${ct.round(item.round)}`;
  if (item.voted)
    return (
      <Card size="small" title={title} style={{ marginBottom: 12 }}>
        <Result status="success" icon={<CheckCircleOutlined />} title={ct.voted} />
      </Card>
    );
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      {ballot.error && <Alert type="error" showIcon title={errorMessage(ballot.error)} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          Modal.confirm({
            title: ct.confirmVote,
            okText: ct.vote,
            cancelText: 'Huỷ',
            onOk: () => cast.mutateAsync(v.choices),
          })
        }
      >
        {ballot.data?.candidates.map((c) => (
          <Form.Item
            key={c.id}
            name={['choices', c.id]}
            label={`${c.label}${c.detail ? ` — ${c.detail}` : ''}`}
            rules={[{ required: true, message: 'Chọn một phương án' }]}
          >
            <Radio.Group options={CHOICES.map((x) => ({ value: x, label: CHOICE_LABELS[x] }))} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={cast.isPending}>
          {ct.vote}
        </Button>
      </Form>
    </Card>
  );
}
