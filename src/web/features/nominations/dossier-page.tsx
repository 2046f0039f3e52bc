import { UploadOutlined } from '@ant-design/icons';
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
  List,
  Row,
  Select,
  Space,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, errorMessage } from '../../lib/api';
import { PageHeader } from '../../app/page-header';
import { formatDate } from '../../lib/format';
import { nominationKeys, type NominationDetail, STATUS_COLORS, VERDICT_COLORS } from './nominations.api';
import { ReasonModal } from './reason-modal';
import { ForwardModal } from './forward-modal';
import { AppraisalPanel } from '../appraisal/appraisal-panel';
import { ConsultationPanel } from '../consultation/consultation-panel';

/**
 * The proposing unit's actions. The board's (return, not eligible, receive, approve) are in the appraisal
 * panel below, which keeps the appraisal record and its clock with them: one place for each action.
 */
const ACTIONS: Record<string, { label: string; reason: 'required' | 'optional' | null; danger?: boolean }> = {
  submit: { label: 'Nộp hồ sơ', reason: null },
  withdraw: { label: 'Rút hồ sơ', reason: 'optional', danger: true },
};

const DOC_COLORS: Record<string, string> = {
  missing: 'default',
  provided: 'processing',
  accepted: 'success',
  insufficient: 'error',
};

/** /ho-so-de-nghi/:id — a dossier: report, checklist (§7.1), attachments and the actions with reasons. */
export default function DossierPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<string | null>(null);
  const [forwarding, setForwarding] = useState(false);
  const [form] = Form.useForm<{ summary?: string; reportText?: string }>();
  const detail = useQuery({
    queryKey: nominationKeys.detail(id),
    queryFn: () => api.get<NominationDetail>(`/api/nominations/${id}`),
  });
  const refresh = async () => qc.invalidateQueries({ queryKey: ['nominations'] });
  const d = detail.data;
  const act = useMutation({
    mutationFn: ({ action, reason }: { action: string; reason?: string }) =>
      api.post<NominationDetail>(`/api/nominations/${id}/actions/${action}`, {
        version: d?.version,
        reason: reason || null,
      }),
    onSuccess: async (r) => {
      setAsking(null);
      await refresh();
      void message.success(`Hồ sơ: ${r.statusLabel}`);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const save = useMutation({
    mutationFn: (v: { summary?: string; reportText?: string }) =>
      api.patch<NominationDetail>(`/api/nominations/${id}`, {
        version: d?.version,
        report: { ...d?.report, summary: v.summary || null },
        reportText: v.reportText || null,
      }),
    onSuccess: async () => {
      await refresh();
      void message.success('Đã lưu báo cáo thành tích');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const setDoc = useMutation({
    mutationFn: ({ code, status }: { code: string; status: string }) =>
      api.put<NominationDetail>(`/api/nominations/${id}/documents/${code}`, { status }),
    onSuccess: refresh,
    onError: (e) => void message.error(errorMessage(e)),
  });
  const recheck = useMutation({
    mutationFn: () => api.post<NominationDetail>(`/api/nominations/${id}/eligibility`, {}),
    onSuccess: refresh,
    onError: (e) => void message.error(errorMessage(e)),
  });
  if (detail.error) return <Alert type="error" showIcon title={errorMessage(detail.error)} />;
  if (!d) return null;
  const asked = asking ? ACTIONS[asking] : null;
  return (
    <>
      <PageHeader
        title={`${d.subject.name} — ${d.awardName}`}
        extra={
          <Space wrap>
            {d.allowedActions
              .filter((a) => ACTIONS[a])
              .map((a) => (
                <Button
                  key={a}
                  type={a === 'submit' ? 'primary' : 'default'}
                  danger={ACTIONS[a]!.danger}
                  loading={act.isPending}
                  onClick={() => (ACTIONS[a]!.reason ? setAsking(a) : act.mutate({ action: a }))}
                >
                  {ACTIONS[a]!.label}
                </Button>
              ))}
            {d.allowedActions.includes('forward') && (
              <Button type="primary" onClick={() => setForwarding(true)}>
                Trình cấp trên
              </Button>
            )}
          </Space>
        }
      >
        <Link to={`/dot-khen-thuong/${d.roundId}`}>← {d.roundName}</Link>
      </PageHeader>
      {d.returnReason && d.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          title={`Hồ sơ được trả lại: ${d.returnReason}`}
          style={{ marginBottom: 12 }}
        />
      )}
      {d.notEligibleReason && (
        <Alert
          type="error"
          showIcon
          title={`Không đủ điều kiện: ${d.notEligibleReason}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="Thông tin hồ sơ">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="Trạng thái">
                <Tag color={STATUS_COLORS[d.status]}>{d.statusLabel}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label="Đối tượng">
                {d.subjectTypeLabel}: {d.subject.name}
                {d.subject.unitName ? ` — ${d.subject.unitName}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label="Đơn vị đề nghị">{d.proposingUnit.name}</Descriptions.Item>
              <Descriptions.Item label="Danh hiệu, hình thức">{d.awardName}</Descriptions.Item>
              {d.returnReason && d.status !== 'returned' && (
                <Descriptions.Item label="Lý do trả lại trước đây">{d.returnReason}</Descriptions.Item>
              )}
              {d.proposalLetterNumber && (
                <Descriptions.Item label="Tờ trình">
                  {d.proposalLetterNumber} ngày {formatDate(d.proposalLetterDate)}
                </Descriptions.Item>
              )}
              {d.forwardedToId && (
                <Descriptions.Item label="Hồ sơ trình cấp trên">
                  <Link to={`/ho-so-de-nghi/${d.forwardedToId}`}>Xem hồ sơ trình</Link>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title="Kết quả kiểm tra điều kiện"
            extra={
              <Button size="small" loading={recheck.isPending} onClick={() => recheck.mutate()}>
                Kiểm tra lại
              </Button>
            }
          >
            {d.eligibility ? (
              <>
                <Tag color={VERDICT_COLORS[d.eligibility.verdict]}>{d.eligibility.verdictLabel}</Tag>
                <span>
                  Năm xét {d.eligibility.evaluationYear}, bộ quy tắc {d.eligibility.ruleSet}
                </span>
                <List
                  size="small"
                  dataSource={d.eligibility.failed}
                  locale={{ emptyText: 'Không có tiêu chí nào không đạt' }}
                  renderItem={(f) => (
                    <List.Item>
                      {f.message} <em>({f.citation})</em>
                    </List.Item>
                  )}
                />
              </>
            ) : (
              'Chưa có kết quả kiểm tra.'
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="Báo cáo thành tích">
            <Form
              form={form}
              layout="vertical"
              disabled={!d.editable}
              initialValues={{ summary: d.report.summary ?? '', reportText: d.reportText ?? '' }}
              onFinish={(v) => save.mutate(v)}
            >
              <Form.Item name="summary" label="Tóm tắt thành tích">
                <Input.TextArea rows={3} maxLength={10000} />
              </Form.Item>
              <Form.Item name="reportText" label="Nội dung báo cáo">
                <Input.TextArea rows={8} maxLength={50000} />
              </Form.Item>
              {d.editable && (
                <Button htmlType="submit" loading={save.isPending}>
                  Lưu báo cáo
                </Button>
              )}
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="Thành phần hồ sơ (Luật TĐKT Điều 84)">
            <List
              size="small"
              dataSource={d.documents}
              renderItem={(doc) => (
                <List.Item
                  actions={[
                    d.editable ? (
                      <Select
                        key="s"
                        size="small"
                        aria-label={`Trạng thái: ${doc.label}`}
                        value={doc.status}
                        style={{ width: 120 }}
                        onChange={(status: string) => setDoc.mutate({ code: doc.code, status })}
                        options={[
                          { value: 'missing', label: 'Chưa có' },
                          { value: 'provided', label: 'Đã nộp' },
                        ]}
                      />
                    ) : (
                      <Tag key="t" color={DOC_COLORS[doc.status]}>
                        {doc.statusLabel}
                      </Tag>
                    ),
                  ]}
                >
                  {doc.label}
                  {doc.required ? ' *' : ''}
                </List.Item>
              )}
            />
            {d.missingDocuments.length > 0 && (
              <Alert
                type="info"
                showIcon
                title={`Còn thiếu: ${d.missingDocuments.join('; ')}`}
                style={{ marginTop: 8 }}
              />
            )}
            <div style={{ marginTop: 12 }}>
              <List
                size="small"
                header="Tệp đính kèm"
                dataSource={d.attachments}
                locale={{ emptyText: 'Chưa có tệp' }}
                renderItem={(a) => (
                  <List.Item>
                    <a href={`/api/nominations/${id}/attachments/${a.id}`}>{a.fileName}</a>
                  </List.Item>
                )}
              />
              {d.editable && (
                <Upload
                  showUploadList={false}
                  customRequest={({ file, onSuccess, onError }) => {
                    api
                      .upload(
                        `/api/nominations/${id}/attachments?fileName=${encodeURIComponent((file as File).name)}`,
                        file as File,
                      )
                      .then(async (r) => {
                        onSuccess?.(r);
                        await refresh();
                      })
                      .catch((e: unknown) => {
                        void message.error(errorMessage(e));
                        onError?.(e as Error);
                      });
                  }}
                >
                  <Button icon={<UploadOutlined />}>Đính kèm tệp (PDF, Word, ảnh)</Button>
                </Upload>
              )}
            </div>
          </Card>
        </Col>
      </Row>
      <Space direction="vertical" size={12} style={{ display: 'flex', marginTop: 12 }}>
        <AppraisalPanel nominationId={d.id} />
        <ConsultationPanel nominationId={d.id} />
      </Space>
      {forwarding && <ForwardModal dossier={d} onClose={() => setForwarding(false)} />}
      {asking && asked && (
        <ReasonModal
          title={asked.label}
          required={asked.reason === 'required'}
          loading={act.isPending}
          onCancel={() => setAsking(null)}
          onOk={(reason) => act.mutate({ action: asking, reason })}
        />
      )}
    </>
  );
}
