import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { ReasonModal } from '../nominations/reason-modal';
import type { AppraisalAction } from '../../../domain/commendation/appraisal';
import { type AppraisalPanelData, DEADLINE_COLORS, useAppraisal, useAppraisalAction } from './appraisal.api';

type Clearance = AppraisalPanelData['clearances'][number];

/**
 * The board's appraisal of one dossier (law-reference §7.2): receive the full dossier, the checklist from the
 * §7.1 documents, clearance checks, opinions, the step deadlines in working days, and the conclusions
 * (approve, return with a reason, not eligible with a reason). Used on the dossier page.
 */
export function AppraisalPanel({ nominationId }: { nominationId: string }) {
  const { message } = App.useApp();
  const query = useAppraisal(nominationId);
  const action = useAppraisalAction(nominationId);
  const [reasonFor, setReasonFor] = useState<'return' | 'not-eligible' | null>(null);
  const [answering, setAnswering] = useState<Clearance | null>(null);
  const [bodyCode, setBodyCode] = useState<string>();
  const [opinion, setOpinion] = useState('');
  const [freeItem, setFreeItem] = useState('');

  if (query.isError) return <Alert type="error" showIcon message={errorMessage(query.error)} />;
  const p = query.data;
  if (!p) return <Card title="Thẩm định hồ sơ" loading />;
  const run = (a: Parameters<typeof action.mutate>[0], done?: string) =>
    action.mutate(a, {
      onSuccess: () => done && void message.success(done),
      onError: (e) => void message.error(errorMessage(e)),
    });
  const allowed = (a: AppraisalAction) => p.allowedActions.includes(a);
  const recording = allowed('record');
  const can = p.canAppraise;
  const moves = p.allowedActions.filter((a) => a !== 'record');

  return (
    <Card
      title="Thẩm định hồ sơ"
      extra={
        moves.length > 0 && (
          <Space wrap>
            {allowed('receive') && (
              <Button
                type="primary"
                loading={action.isPending}
                onClick={() =>
                  run(
                    { method: 'post', path: '/receive', body: { version: p.nomination.version } },
                    'Đã tiếp nhận hồ sơ đầy đủ',
                  )
                }
              >
                Tiếp nhận hồ sơ đầy đủ
              </Button>
            )}
            {allowed('approve') && (
              <Button
                type="primary"
                loading={action.isPending}
                onClick={() =>
                  run(
                    { method: 'post', path: '/approve', body: { version: p.nomination.version } },
                    'Đã kết luận thẩm định đạt',
                  )
                }
              >
                Thẩm định đạt
              </Button>
            )}
            {allowed('return') && <Button onClick={() => setReasonFor('return')}>Trả lại hồ sơ</Button>}
            {allowed('mark_not_eligible') && (
              <Button danger onClick={() => setReasonFor('not-eligible')}>
                Không đủ điều kiện
              </Button>
            )}
          </Space>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="Trạng thái">{p.nomination.statusLabel}</Descriptions.Item>
        <Descriptions.Item label="Ngày nhận đủ hồ sơ">
          {p.appraisal ? formatDate(p.appraisal.receivedOn) : 'Chưa tiếp nhận'}
        </Descriptions.Item>
        <Descriptions.Item label="Lấy ý kiến công khai">
          {p.consultationRequired ? 'Bắt buộc với hình thức này' : 'Không bắt buộc'}
        </Descriptions.Item>
        {p.appraisal?.conclusionReason && (
          <Descriptions.Item label="Lý do">{p.appraisal.conclusionReason}</Descriptions.Item>
        )}
      </Descriptions>

      {p.deadlines.length > 0 && (
        <Table
          size="small"
          rowKey="step"
          pagination={false}
          style={{ marginTop: 12 }}
          dataSource={p.deadlines}
          columns={[
            { title: 'Bước', dataIndex: 'label' },
            { title: 'Hạn', dataIndex: 'dueOn', render: (v: string) => formatDate(v) },
            {
              title: 'Tình trạng',
              render: (_: unknown, d) => (
                <Tag color={DEADLINE_COLORS[d.state]}>
                  {d.stateLabel}
                  {d.state === 'done' && d.late ? ' (trễ hạn)' : ''}
                  {d.state === 'due_soon' || d.state === 'on_time'
                    ? ` — còn ${d.workingDaysLeft} ngày làm việc`
                    : ''}
                </Tag>
              ),
            },
            { title: 'Căn cứ', dataIndex: 'basis', responsive: ['lg'] },
          ]}
        />
      )}

      {p.checklist.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Danh mục kiểm tra
          </Typography.Title>
          <List
            size="small"
            dataSource={p.checklist}
            renderItem={(i) => (
              <List.Item
                actions={
                  recording && i.free
                    ? [
                        <Button
                          key="x"
                          size="small"
                          type="link"
                          danger
                          onClick={() => run({ method: 'delete', path: `/checklist/${i.id}` })}
                        >
                          Xoá
                        </Button>,
                      ]
                    : []
                }
              >
                <Checkbox
                  checked={i.checked}
                  disabled={!recording || action.isPending}
                  onChange={(e) =>
                    run({ method: 'patch', path: `/checklist/${i.id}`, body: { checked: e.target.checked } })
                  }
                >
                  {i.label} {i.required ? null : <Tag>Không bắt buộc</Tag>}
                </Checkbox>
                {i.checkedBy && (
                  <Typography.Text type="secondary">
                    {' '}
                    — {i.checkedBy}, {formatDateTime(i.checkedAt)}
                  </Typography.Text>
                )}
              </List.Item>
            )}
          />
          {recording && (
            <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
              <Input
                placeholder="Thêm mục kiểm tra"
                value={freeItem}
                maxLength={500}
                onChange={(e) => setFreeItem(e.target.value)}
                aria-label="Mục kiểm tra mới"
              />
              <Button
                disabled={!freeItem.trim()}
                onClick={() =>
                  run(
                    { method: 'post', path: '/checklist', body: { label: freeItem.trim(), required: true } },
                    'Đã thêm mục kiểm tra',
                  )
                }
              >
                Thêm
              </Button>
            </Space.Compact>
          )}
        </>
      )}

      {p.appraisal && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Ý kiến các cơ quan liên quan
          </Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={p.clearances}
            locale={{ emptyText: 'Chưa đề nghị cơ quan nào cho ý kiến' }}
            columns={[
              { title: 'Cơ quan', dataIndex: 'bodyLabel' },
              { title: 'Ngày gửi', dataIndex: 'requestedOn', render: (v: string) => formatDate(v) },
              {
                title: 'Kết quả',
                render: (_: unknown, c: Clearance) => (
                  <Tag color={c.result === 'clear' ? 'green' : c.result === 'issue' ? 'red' : 'default'}>
                    {c.resultLabel}
                  </Tag>
                ),
              },
              {
                title: 'Trả lời',
                render: (_: unknown, c: Clearance) =>
                  c.answeredOn
                    ? `${c.answeredBy ?? ''}, ${formatDate(c.answeredOn)}${c.documentRef ? ` (${c.documentRef})` : ''}`
                    : '—',
              },
              { title: 'Ghi chú', dataIndex: 'note' },
              {
                title: '',
                render: (_: unknown, c: Clearance) =>
                  recording && (
                    <Button size="small" onClick={() => setAnswering(c)}>
                      Ghi trả lời
                    </Button>
                  ),
              },
            ]}
          />
          {recording && (
            <Space style={{ marginTop: 8 }} wrap>
              <Select
                style={{ minWidth: 320 }}
                placeholder="Chọn cơ quan cần lấy ý kiến"
                value={bodyCode}
                onChange={setBodyCode}
                aria-label="Cơ quan cần lấy ý kiến"
                options={p.clearanceBodies
                  .filter((b) => !p.clearances.some((c) => c.bodyCode === b.code))
                  .map((b) => ({ value: b.code, label: b.label }))}
              />
              <Button
                disabled={!bodyCode}
                onClick={() => {
                  run(
                    { method: 'post', path: '/clearances', body: { bodyCode } },
                    'Đã ghi đề nghị cho ý kiến',
                  );
                  setBodyCode(undefined);
                }}
              >
                Gửi đề nghị
              </Button>
            </Space>
          )}

          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Ý kiến thẩm định
          </Typography.Title>
          <List
            size="small"
            dataSource={p.opinions}
            locale={{ emptyText: 'Chưa có ý kiến' }}
            renderItem={(o) => (
              <List.Item>
                <List.Item.Meta
                  title={`${o.author} — ${formatDateTime(o.createdAt)}`}
                  description={<span style={{ whiteSpace: 'pre-wrap' }}>{o.text}</span>}
                />
              </List.Item>
            )}
          />
          {can && (
            <Space.Compact style={{ width: '100%' }}>
              <Input.TextArea
                rows={2}
                maxLength={5000}
                value={opinion}
                onChange={(e) => setOpinion(e.target.value)}
                aria-label="Ý kiến thẩm định"
                placeholder="Ghi ý kiến thẩm định"
              />
              <Button
                disabled={!opinion.trim()}
                onClick={() => {
                  run({ method: 'post', path: '/opinions', body: { text: opinion.trim() } }, 'Đã ghi ý kiến');
                  setOpinion('');
                }}
              >
                Ghi
              </Button>
            </Space.Compact>
          )}
        </>
      )}

      {reasonFor && (
        <ReasonModal
          title={reasonFor === 'return' ? 'Trả lại hồ sơ để bổ sung' : 'Kết luận không đủ điều kiện'}
          required
          loading={action.isPending}
          onCancel={() => setReasonFor(null)}
          onOk={(reason) =>
            action.mutate(
              { method: 'post', path: `/${reasonFor}`, body: { reason, version: p.nomination.version } },
              { onSuccess: () => setReasonFor(null), onError: (e) => void message.error(errorMessage(e)) },
            )
          }
        />
      )}
      {answering && (
        <ClearanceAnswerModal
          clearance={answering}
          loading={action.isPending}
          onCancel={() => setAnswering(null)}
          onOk={(body) =>
            action.mutate(
              {
                method: 'patch',
                path: `/clearances/${answering.id}`,
                body: { ...body, version: answering.version },
              },
              { onSuccess: () => setAnswering(null), onError: (e) => void message.error(errorMessage(e)) },
            )
          }
        />
      )}
    </Card>
  );
}

interface AnswerForm {
  result: 'clear' | 'issue' | 'pending';
  answeredBy?: string;
  documentRef?: string;
  note?: string;
}

function ClearanceAnswerModal(props: {
  clearance: Clearance;
  loading: boolean;
  onOk: (v: AnswerForm) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<AnswerForm>();
  return (
    <Modal
      open
      title={`Ý kiến của ${props.clearance.bodyLabel}`}
      okText="Lưu"
      cancelText="Huỷ"
      confirmLoading={props.loading}
      onCancel={props.onCancel}
      onOk={() => void form.validateFields().then(props.onOk)}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          result: props.clearance.result === 'pending' ? 'clear' : props.clearance.result,
          answeredBy: props.clearance.answeredBy ?? '',
          documentRef: props.clearance.documentRef ?? '',
          note: props.clearance.note ?? '',
        }}
      >
        <Form.Item name="result" label="Kết quả">
          <Select
            options={[
              { value: 'clear', label: 'Không có vi phạm' },
              { value: 'issue', label: 'Có vấn đề cần xem xét' },
              { value: 'pending', label: 'Chờ trả lời' },
            ]}
          />
        </Form.Item>
        <Form.Item name="answeredBy" label="Người / bộ phận trả lời" rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="documentRef" label="Số, ngày văn bản trả lời" rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú" rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
