import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  message,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { FullPageSpin, PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  type BallotView,
  CHOICE_LABELS,
  type Choice,
  councilKeys,
  type CouncilSession,
  ct,
  type Tally,
} from './council.api';

const CHOICES = Object.keys(CHOICE_LABELS) as Choice[];

/** /hoi-dong-thi-dua/phien-hop/:id — attendance, quorum, ballots, results, minutes. */
export default function SessionPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const manage = can('council.manage');
  const qc = useQueryClient();
  const session = useQuery({
    queryKey: councilKeys.session(id),
    queryFn: () => api.get<CouncilSession>(`/api/council/sessions/${id}`),
  });
  const act = useMutation({
    mutationFn: ({ url, body }: { url: string; body?: unknown }) => api.post(url, body ?? {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: councilKeys.all }),
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (session.isLoading) return <FullPageSpin />;
  if (session.error || !session.data)
    return <Alert type="error" showIcon title={errorMessage(session.error)} />;
  const s = session.data;
  const open = s.ballots.find((b) => b.status === 'open');
  return (
    <>
      <PageHeader
        title={s.title}
        extra={
          <Space wrap>
            <Button
              onClick={() =>
                void api.download(`/api/council/sessions/${id}/minutes.docx`, undefined, 'bien-ban-hop.docx')
              }
            >
              {ct.minutes}
            </Button>
            <Button
              onClick={() =>
                void api.download(
                  `/api/council/sessions/${id}/counting-minutes.docx`,
                  undefined,
                  'bien-ban-kiem-phieu.docx',
                )
              }
            >
              {ct.countingMinutes}
            </Button>
            {manage && s.status !== 'concluded' && !open && (
              <Button
                type="primary"
                onClick={() => act.mutate({ url: `/api/council/sessions/${id}/ballots` })}
              >
                {ct.openBallot}
              </Button>
            )}
            {manage && s.status === 'in_progress' && !open && (
              <Button danger onClick={() => act.mutate({ url: `/api/council/sessions/${id}/conclude` })}>
                {ct.conclude}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={ct.council}>{s.council.name}</Descriptions.Item>
          <Descriptions.Item label={ct.heldOn}>{formatDate(s.heldOn)}</Descriptions.Item>
          <Descriptions.Item label={ct.place}>{s.place}</Descriptions.Item>
          <Descriptions.Item label={ct.status}>
            <Tag>{s.statusLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={ct.foundingDecision}>
            {s.council.foundingDecisionNumber}
          </Descriptions.Item>
        </Descriptions>
      </PageHeader>
      <Alert
        type={s.quorum.met ? 'success' : 'warning'}
        showIcon
        title={s.quorum.message}
        style={{ marginBottom: 12 }}
      />
      <Attendance session={s} editable={manage && s.status !== 'concluded' && !open} />
      <Card title={ct.agenda} size="small" style={{ marginTop: 12 }}>
        <Table
          rowKey="nominationId"
          size="small"
          pagination={false}
          dataSource={s.agenda}
          columns={[
            { title: 'Cá nhân, tập thể', dataIndex: 'subjectName' },
            { title: 'Đơn vị', dataIndex: 'unitName' },
            { title: 'Hình thức đề nghị', dataIndex: 'awardName' },
            { title: 'Tỷ lệ phiếu yêu cầu', dataIndex: 'thresholdLabel' },
            {
              title: 'Kết quả',
              render: (_, a) =>
                a.result === 'approved' ? (
                  <Tag color="green">{ct.approved}</Tag>
                ) : a.result === 'rejected' ? (
                  <Tag color="red">{ct.rejected}</Tag>
                ) : (
                  <Tag>{ct.pending}</Tag>
                ),
            },
          ]}
        />
      </Card>
      {s.ballots.map((b) => (
        <BallotCard
          key={b.id}
          ballot={b}
          session={s}
          manage={manage}
          act={(url, body) => act.mutate({ url, body })}
        />
      ))}
      {manage && <MinutesText session={s} />}
    </>
  );
}

function Attendance({ session, editable }: { session: CouncilSession; editable: boolean }) {
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      api.put(`/api/council/sessions/${session.id}/attendance`, {
        items: session.attendance.map((a) => ({
          memberId: a.memberId,
          status: draft[a.memberId] ?? a.status,
        })),
      }),
    onSuccess: async () => {
      setDraft({});
      await qc.invalidateQueries({ queryKey: councilKeys.all });
      void message.success('Đã lưu danh sách tham dự.');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Card
      title={`${ct.attendance} (${session.quorum.present} có mặt, ${session.quorum.written} có ý kiến bằng văn bản / ${session.totalMembers} thành viên)`}
      size="small"
      extra={
        editable && (
          <Button size="small" type="primary" onClick={() => save.mutate()} loading={save.isPending}>
            {ct.save}
          </Button>
        )
      }
    >
      <Table
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={session.attendance}
        columns={[
          { title: ct.fullName, dataIndex: 'fullName' },
          { title: ct.position, dataIndex: 'position' },
          { title: ct.role, dataIndex: 'roleLabel' },
          {
            title: 'Tham dự',
            render: (_, a) =>
              editable ? (
                <Select
                  aria-label={`Tham dự: ${a.fullName}`}
                  style={{ width: 280 }}
                  value={draft[a.memberId] ?? a.status}
                  onChange={(v) => setDraft({ ...draft, [a.memberId]: v })}
                  options={ATTENDANCE_STATUSES.map((x) => ({ value: x, label: ATTENDANCE_LABELS[x] }))}
                />
              ) : (
                a.statusLabel
              ),
          },
        ]}
      />
    </Card>
  );
}

function BallotCard(props: {
  ballot: BallotView;
  session: CouncilSession;
  manage: boolean;
  act: (url: string, body?: unknown) => void;
}) {
  const { ballot: b, session, manage, act } = props;
  const [written, setWritten] = useState(false);
  const tally = useQuery({
    queryKey: councilKeys.tally(b.id),
    queryFn: () => api.get<Tally>(`/api/council/ballots/${b.id}/results`),
    enabled: b.status === 'closed',
  });
  const hasRoundTwo = session.ballots.some((x) => x.previousBallotId === b.id);
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={`${ct.round(b.round)} — ${b.statusLabel} — ${ct.cast(b.cast, b.issued)} (tổng số ${b.totalVoters} thành viên)`}
      extra={
        manage && (
          <Space>
            {b.status === 'open' && <Button onClick={() => setWritten(true)}>{ct.writtenVote}</Button>}
            {b.status === 'open' && (
              <Button type="primary" danger onClick={() => act(`/api/council/ballots/${b.id}/close`)}>
                {ct.closeBallot}
              </Button>
            )}
            {b.status === 'closed' &&
              b.round === 1 &&
              !hasRoundTwo &&
              (tally.data?.roundTwoCandidateIds.length ?? 0) > 0 &&
              session.status !== 'concluded' && (
                <Button onClick={() => act(`/api/council/ballots/${b.id}/round-two`)}>{ct.roundTwo}</Button>
              )}
          </Space>
        )
      }
    >
      <Space wrap style={{ marginBottom: 8 }}>
        {b.voters.map((v) => (
          <Tag key={v.ref} color={v.voted ? 'green' : undefined}>
            {v.label}
            {v.voted ? (v.written ? ' — phiếu bằng văn bản' : ` — ${ct.voted.toLowerCase()}`) : ''}
          </Tag>
        ))}
      </Space>
      {tally.data && (
        <>
          <p>
            Phiếu phát ra {tally.data.issued}; thu về {tally.data.returned} (trong đó {tally.data.written}{' '}
            bằng văn bản); hợp lệ {tally.data.valid}; không hợp lệ {tally.data.invalid}.
          </p>
          <Table
            rowKey="candidateId"
            size="small"
            pagination={false}
            dataSource={tally.data.candidates}
            columns={[
              {
                title: 'Cá nhân, tập thể',
                render: (_, c) => `${c.label}${c.detail ? ` — ${c.detail}` : ''}`,
              },
              { title: 'Đồng ý', render: (_, c) => c.counts.agree, align: 'right' },
              { title: 'Không đồng ý', render: (_, c) => c.counts.disagree, align: 'right' },
              { title: 'Hình thức thấp hơn', render: (_, c) => c.counts.lower_form, align: 'right' },
              {
                title: '% tổng số thành viên',
                render: (_, c) => `${c.percentOfTotal.toLocaleString('vi-VN')}%`,
                align: 'right',
              },
              {
                title: 'Kết quả',
                render: (_, c) => <Tag color={c.verdict === 'passed' ? 'green' : 'red'}>{c.message}</Tag>,
              },
            ]}
          />
        </>
      )}
      {written && <WrittenVote ballot={b} session={session} onClose={() => setWritten(false)} />}
    </Card>
  );
}

function WrittenVote({
  ballot,
  session,
  onClose,
}: {
  ballot: BallotView;
  session: CouncilSession;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const [form] = Form.useForm<{ memberId: string; invalid?: boolean; choices?: Record<string, Choice> }>();
  const invalid = Form.useWatch('invalid', form);
  const absentees = session.attendance.filter(
    (a) => a.status === 'absent_written' && !ballot.voters.find((v) => v.ref === a.userId)?.voted,
  );
  const save = useMutation({
    mutationFn: (v: { memberId: string; invalid?: boolean; choices?: Record<string, Choice> }) =>
      api.post(
        `/api/council/ballots/${ballot.id}/written-votes`,
        v.invalid ? { memberId: v.memberId, invalid: true } : { memberId: v.memberId, choices: v.choices },
      ),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: councilKeys.all });
      void message.success(ct.voted);
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal
      open
      title={ct.writtenVote}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="memberId"
          label="Thành viên vắng mặt"
          rules={[{ required: true, message: 'Chọn thành viên' }]}
        >
          <Select options={absentees.map((a) => ({ value: a.memberId, label: a.fullName }))} />
        </Form.Item>
        <Form.Item name="invalid" valuePropName="checked">
          <Checkbox>{ct.invalidPaper}</Checkbox>
        </Form.Item>
        {!invalid &&
          ballot.candidates.map((c) => (
            <Form.Item
              key={c.id}
              name={['choices', c.id]}
              label={c.label}
              rules={[{ required: true, message: 'Chọn phương án' }]}
            >
              <Radio.Group options={CHOICES.map((x) => ({ value: x, label: CHOICE_LABELS[x] }))} />
            </Form.Item>
          ))}
      </Form>
    </Modal>
  );
}

function MinutesText({ session }: { session: CouncilSession }) {
  const qc = useQueryClient();
  const [form] = Form.useForm<{ discussion?: string; conclusion?: string }>();
  const save = useMutation({
    mutationFn: (v: { discussion?: string; conclusion?: string }) =>
      api.patch(`/api/council/sessions/${session.id}`, {
        version: session.version,
        discussion: v.discussion?.trim() || null,
        conclusion: v.conclusion?.trim() || null,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: councilKeys.all });
      void message.success('Đã lưu.');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Card title="Nội dung biên bản" size="small" style={{ marginTop: 12 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ discussion: session.discussion ?? '', conclusion: session.conclusion ?? '' }}
        onFinish={(v) => save.mutate(v)}
        disabled={session.status === 'concluded'}
      >
        <Form.Item name="discussion" label={ct.discussion}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="conclusion" label={ct.conclusion} extra="Để trống: kết luận theo kết quả bỏ phiếu">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {ct.save}
        </Button>
      </Form>
    </Card>
  );
}
