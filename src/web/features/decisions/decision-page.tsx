import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  DECISION_FUND_LABELS,
  DECISION_FUNDS,
  DECISION_STATUS_LABELS,
  decisionActions,
  decisionEditable,
  decisionPublic,
} from '../../../domain/commendation/decision';
import { useAuth } from '../../app/auth';
import { FullPageSpin, PageHeader } from '../../app/page-header';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { DATE_FORMAT, fromIsoDate, toIsoDate, todayPicker } from '../../lib/dates';
import { formatDate, formatVnd } from '../../lib/format';
import { CertificatesPanel } from '../certificates/certificates-panel';
import { type Decision, decisionKeys, type DecisionItem, linesToList, STATUS_COLORS } from './decisions.api';

/** /quyet-dinh-khen-thuong/:id: one decision — draft editor, annex with money, issue, documents, revocation. */
export default function DecisionPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: decisionKeys.one(id),
    queryFn: () => api.get<Decision>(`/api/decisions/${id}`),
  });
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const done = (text: string) => (d: Decision) => {
    client.setQueryData(decisionKeys.one(id), d);
    void client.invalidateQueries({ queryKey: ['decisions', 'list'] });
    void message.success(text);
  };
  const cancel = useMutation({
    mutationFn: (d: Decision) => api.post<Decision>(`/api/decisions/${id}/cancel`, { version: d.version }),
    onSuccess: done('Đã huỷ dự thảo.'),
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (query.isLoading) return <FullPageSpin />;
  if (!query.data) return <Alert type="error" title={errorMessage(query.error)} />;
  const d = query.data;
  const manage = can('decisions.manage');
  const actions = manage ? decisionActions(d.status) : [];
  const download = (what: 'document.docx' | 'payment-list.xlsx') =>
    api
      .download(`/api/decisions/${id}/${what}`, undefined, what)
      .catch((e) => void message.error(errorMessage(e)));
  return (
    <>
      <PageHeader
        title={d.number ? `Quyết định số ${d.number}` : 'Dự thảo quyết định'}
        extra={
          <Space wrap>
            <Button icon={<FileWordOutlined />} onClick={() => void download('document.docx')}>
              Tải quyết định (Word)
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void download('payment-list.xlsx')}>
              Danh sách chi tiền (Excel)
            </Button>
            {actions.includes('issue') && (
              <Button type="primary" onClick={() => setIssuing(true)}>
                Ban hành
              </Button>
            )}
            {actions.includes('cancel') && (
              <Popconfirm
                title="Huỷ dự thảo này?"
                okText="Huỷ dự thảo"
                cancelText="Không"
                onConfirm={() => cancel.mutate(d)}
              >
                <Button danger>Huỷ dự thảo</Button>
              </Popconfirm>
            )}
            {actions.includes('revoke') && (
              <Button danger onClick={() => setRevoking(true)}>
                Huỷ bỏ quyết định (Điều 93)
              </Button>
            )}
          </Space>
        }
      />
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="Trạng thái">
            <Tag color={STATUS_COLORS[d.status]}>{DECISION_STATUS_LABELS[d.status]}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="Số, ngày">
            {d.number ? `${d.number} — ${formatDate(d.decisionDate)}` : d.numberLine}
          </Descriptions.Item>
          <Descriptions.Item label="Trích yếu">{d.summary}</Descriptions.Item>
          <Descriptions.Item label="Hình thức">{d.awardName}</Descriptions.Item>
          <Descriptions.Item label="Nguồn kinh phí">{DECISION_FUND_LABELS[d.fund]}</Descriptions.Item>
          <Descriptions.Item label="Người ký">
            {[d.signerCapacity, d.signerTitle, d.signerName].filter(Boolean).join(' — ')}
          </Descriptions.Item>
          {d.status === 'revoked' && (
            <Descriptions.Item label="Huỷ bỏ" span={2}>
              Ngày {formatDate(d.revokedOn)}
              {d.revokeDocument ? ` theo Quyết định số ${d.revokeDocument}` : ''}. Lý do: {d.revokeReason}.
              Tiền thưởng phải thu hồi: {formatVnd(d.recoverTotal)} đồng.
            </Descriptions.Item>
          )}
        </Descriptions>
        {d.moneyNotes.length > 0 && (
          <Alert type="warning" title="Chưa xác định được tiền thưởng" description={d.moneyNotes.join(' ')} />
        )}
        {manage && decisionEditable(d.status) && (
          <DraftEditor decision={d} onSaved={done('Đã lưu dự thảo.')} />
        )}
        <Card title={`Danh sách kèm theo (${d.items.length})`}>
          <Table<DecisionItem>
            rowKey="id"
            size="small"
            dataSource={d.items}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: 'STT', dataIndex: 'position', width: 60 },
              { title: 'Họ và tên', dataIndex: 'displayName' },
              { title: 'Chức vụ/Đơn vị', dataIndex: 'positionUnit' },
              { title: 'Thành tích', dataIndex: 'achievement' },
              {
                title: 'Tiền thưởng (đồng)',
                align: 'right',
                render: (_, i) => (i.amount === null ? '—' : formatVnd(i.amount)),
              },
              ...(d.status === 'revoked'
                ? [
                    {
                      title: 'Phải thu hồi (đồng)',
                      align: 'right' as const,
                      render: (_: unknown, i: DecisionItem) => formatVnd(i.recoverAmount),
                    },
                  ]
                : []),
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={4}>
                  <strong>Tổng cộng</strong> — <em>{d.totalInWords}</em>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <strong>{formatVnd(d.total)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
        </Card>
        {/* SLOT: certificates of an issued decision ("Tạo giấy khen/bằng khen"), owned by the certificates feature. */}
        {decisionPublic(d.status) && (
          <CertificatesPanel
            decisionId={d.id}
            decisionNumber={d.number ?? undefined}
            canIssue={manage && d.status === 'issued'}
          />
        )}
      </Space>
      {issuing && (
        <IssueModal
          decision={d}
          onClose={() => setIssuing(false)}
          onDone={done('Đã ban hành quyết định và ghi khen thưởng vào sổ.')}
        />
      )}
      {revoking && (
        <RevokeModal decision={d} onClose={() => setRevoking(false)} onDone={done('Đã huỷ bỏ quyết định.')} />
      )}
    </>
  );
}

interface DraftForm {
  summary: string;
  decisionDate: Dayjs | null;
  fund: Decision['fund'];
  signerCapacity: string;
  signerTitle: string;
  signerName: string;
  legalBases: string;
  recipients: string;
}

function DraftEditor({ decision: d, onSaved }: { decision: Decision; onSaved: (d: Decision) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DraftForm>();
  const save = useMutation({
    mutationFn: (v: DraftForm) =>
      api.patch<Decision>(`/api/decisions/${d.id}`, {
        version: d.version,
        summary: v.summary,
        decisionDate: toIsoDate(v.decisionDate),
        fund: v.fund,
        signerCapacity: v.signerCapacity || null,
        signerTitle: v.signerTitle,
        signerName: v.signerName,
        legalBases: linesToList(v.legalBases),
        recipients: linesToList(v.recipients),
      }),
    onSuccess: onSaved,
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  return (
    <Card title="Soạn thảo">
      <Form<DraftForm>
        form={form}
        layout="vertical"
        initialValues={{
          summary: d.summary,
          decisionDate: fromIsoDate(d.decisionDate),
          fund: d.fund,
          signerCapacity: d.signerCapacity ?? '',
          signerTitle: d.signerTitle,
          signerName: d.signerName,
          legalBases: d.legalBases.join('\n'),
          recipients: d.recipients.join('\n'),
        }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="summary" label="Trích yếu" rules={[{ required: true, message: 'Nhập trích yếu' }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="decisionDate" label="Ngày dự kiến ký (tính tiền thưởng)">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="fund" label="Nguồn kinh phí">
            <Select
              style={{ width: 320 }}
              options={DECISION_FUNDS.map((f) => ({ value: f, label: DECISION_FUND_LABELS[f] }))}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="signerCapacity" label="Thẩm quyền ký (TM./KT.)">
            <Input />
          </Form.Item>
          <Form.Item
            name="signerTitle"
            label="Chức vụ người ký"
            rules={[{ required: true, message: 'Nhập chức vụ' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="signerName" label="Họ tên người ký">
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="legalBases" label="Căn cứ (mỗi dòng một căn cứ)">
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          Lưu dự thảo
        </Button>
      </Form>
    </Card>
  );
}

function IssueModal({
  decision: d,
  onClose,
  onDone,
}: {
  decision: Decision;
  onClose: () => void;
  onDone: (d: Decision) => void;
}) {
  const { message } = App.useApp();
  const [date, setDate] = useState<Dayjs | null>(fromIsoDate(d.decisionDate) ?? todayPicker());
  const issue = useMutation({
    mutationFn: () =>
      api.post<Decision>(`/api/decisions/${d.id}/issue`, {
        version: d.version,
        decisionDate: toIsoDate(date),
      }),
    onSuccess: (v) => {
      onDone(v);
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal
      open
      title="Ban hành quyết định"
      okText="Ban hành"
      cancelText="Đóng"
      okButtonProps={{ disabled: !date }}
      confirmLoading={issue.isPending}
      onCancel={onClose}
      onOk={() => issue.mutate()}
    >
      <Typography.Paragraph>
        Quyết định sẽ được cấp số, ghi {d.items.length} khen thưởng vào sổ và không sửa được nữa. Tiền thưởng
        tính theo mức lương cơ sở của ngày ký.
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="Ngày ký">
          <DatePicker format={DATE_FORMAT} value={date} onChange={setDate} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RevokeModal({
  decision: d,
  onClose,
  onDone,
}: {
  decision: Decision;
  onClose: () => void;
  onDone: (d: Decision) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ revokedOn: Dayjs; reason: string; revokeDocument?: string }>();
  const revoke = useMutation({
    mutationFn: (v: { revokedOn: Dayjs; reason: string; revokeDocument?: string }) =>
      api.post<Decision>(`/api/decisions/${d.id}/revoke`, {
        version: d.version,
        revokedOn: toIsoDate(v.revokedOn),
        reason: v.reason,
        revokeDocument: v.revokeDocument || undefined,
      }),
    onSuccess: (v) => {
      onDone(v);
      onClose();
    },
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  return (
    <Modal
      open
      title="Huỷ bỏ quyết định khen thưởng (Luật TĐKT Điều 93)"
      okText="Huỷ bỏ"
      okButtonProps={{ danger: true }}
      cancelText="Đóng"
      confirmLoading={revoke.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph>
        Các khen thưởng của quyết định sẽ bị huỷ trong sổ; tiền thưởng {formatVnd(d.total)} đồng phải thu hồi.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ revokedOn: todayPicker() }}
        onFinish={(v) => revoke.mutate(v)}
      >
        <Form.Item name="revokedOn" label="Ngày huỷ bỏ" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do"
          rules={[{ required: true, whitespace: true, message: 'Nhập lý do' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="revokeDocument" label="Số quyết định huỷ bỏ">
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
