import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CATALOGUE } from '../../../domain/awards/catalogue';
import { SUBJECT_TYPE_LABELS, SUBJECT_TYPES, type SubjectType } from '../../../domain/awards/types';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { UnitSelect } from '../org/unit-select';
import { PersonSelect } from '../people/person-select';
import {
  nominationKeys,
  type NominationDetail,
  type NominationItem,
  type RoundDetail,
  type RoundNominations,
  STATUS_COLORS,
  VERDICT_COLORS,
} from './nominations.api';
import { downloadNomineeTemplate, NomineeImportModal } from './nominee-import';
import { ROUND_STATUS_COLORS } from './rounds-page';

const ROUND_ACTIONS = [
  ['open', 'Mở nhận hồ sơ', ['draft']],
  ['close', 'Khoá nhận hồ sơ', ['open']],
  ['reopen', 'Mở lại', ['closed']],
] as const;

/** /dot-khen-thuong/:id — a round, its dossiers with batch warnings, and the propose dialog. */
export default function RoundPage() {
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [proposing, setProposing] = useState(false);
  const [importing, setImporting] = useState(false);
  const round = useQuery({
    queryKey: nominationKeys.round(id),
    queryFn: () => api.get<RoundDetail>(`/api/award-rounds/${id}`),
  });
  const list = useQuery({
    queryKey: nominationKeys.roundNominations(id),
    queryFn: () => api.get<RoundNominations>(`/api/award-rounds/${id}/nominations`),
  });
  const act = useMutation({
    mutationFn: (action: string) =>
      api.post<RoundDetail>(`/api/award-rounds/${id}/${action}`, { version: round.data?.version }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['nominations'] });
      void message.success('Đã cập nhật trạng thái đợt');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const r = round.data;
  if (round.error) return <Alert type="error" showIcon title={errorMessage(round.error)} />;
  const warned = new Set(list.data?.warnings.flatMap((w) => w.nominationIds) ?? []);
  return (
    <>
      <PageHeader
        title={r?.name ?? 'Đợt khen thưởng'}
        extra={
          <Space>
            {r?.canManage &&
              ROUND_ACTIONS.filter(([, , from]) => (from as readonly string[]).includes(r.status)).map(
                ([a, label]) => (
                  <Button key={a} loading={act.isPending} onClick={() => act.mutate(a)}>
                    {label}
                  </Button>
                ),
              )}
            {r?.canPropose && (
              <>
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() =>
                    void downloadNomineeTemplate(r.id).catch((e: unknown) => void message.error(errorMessage(e)))
                  }
                >
                  Tải mẫu Excel
                </Button>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  Nhập từ Excel
                </Button>
              </>
            )}
            {r?.canPropose && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
                Đề nghị khen thưởng
              </Button>
            )}
          </Space>
        }
      />
      {r && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="Trạng thái">
              <Tag color={ROUND_STATUS_COLORS[r.status]}>{r.statusLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="Loại hình">{r.commendationTypeLabel}</Descriptions.Item>
            <Descriptions.Item label="Cấp xét">{r.levelLabel}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị tổ chức">{r.organiser.name}</Descriptions.Item>
            <Descriptions.Item label="Năm">
              {r.year ?? `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`}
            </Descriptions.Item>
            <Descriptions.Item label="Hạn nộp">{formatDate(r.deadlines.proposal)}</Descriptions.Item>
            <Descriptions.Item label="Đơn vị tham gia" span={3}>
              {r.units.map((u) => u.name).join('; ') || 'Các đơn vị trực thuộc đơn vị tổ chức'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {list.data?.warnings.map((w, i) => (
        <Alert key={i} type="warning" showIcon title={w.message} style={{ marginBottom: 8 }} />
      ))}
      {list.data && list.data.units.length > 0 && (
        <Space wrap style={{ marginBottom: 8 }}>
          {list.data.units.map((u) => (
            <Tag key={u.unitId}>
              {u.unitName}: {u.count} hồ sơ
            </Tag>
          ))}
        </Space>
      )}
      <Table<NominationItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: 'Chưa có hồ sơ đề nghị' }}
        scroll={{ x: 900 }}
        pagination={{ pageSize: 50 }}
        columns={[
          {
            title: 'Đối tượng',
            key: 'subject',
            render: (_, n) => (
              <Space>
                <Link to={`/ho-so-de-nghi/${n.id}`}>{n.subject.name}</Link>
                {warned.has(n.id) && <Tag color="warning">Cần rà soát</Tag>}
              </Space>
            ),
          },
          { title: 'Loại', dataIndex: 'subjectTypeLabel', width: 110 },
          { title: 'Đơn vị đề nghị', dataIndex: ['proposingUnit', 'name'], width: 200 },
          { title: 'Danh hiệu, hình thức', dataIndex: 'awardName', width: 240 },
          {
            title: 'Điều kiện',
            key: 'eligibility',
            width: 170,
            render: (_, n) =>
              n.eligibility ? (
                <Tooltip title={n.eligibility.failed.map((f) => f.message).join('; ') || undefined}>
                  <Tag color={VERDICT_COLORS[n.eligibility.verdict]}>{n.eligibility.verdictLabel}</Tag>
                </Tooltip>
              ) : (
                <Tag>Chưa kiểm tra</Tag>
              ),
          },
          {
            title: 'Trạng thái',
            key: 'status',
            width: 200,
            render: (_, n) => <Tag color={STATUS_COLORS[n.status]}>{n.statusLabel}</Tag>,
          },
        ]}
      />
      {proposing && r && <ProposeModal round={r} onClose={() => setProposing(false)} />}
      {importing && r && <NomineeImportModal round={r} onClose={() => setImporting(false)} />}
    </>
  );
}

interface ProposeValues {
  proposingUnitId: string;
  subjectType: SubjectType;
  subjectId: string;
  awardCode: string;
  summary?: string;
}

/** Propose one individual, collective or household for a title or form of the catalogue. */
function ProposeModal({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const [form] = Form.useForm<ProposeValues>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const subjectType = Form.useWatch('subjectType', form) ?? 'individual';
  const awards = CATALOGUE.filter(
    (e) => e.subjectTypes.includes(subjectType) && e.commendationTypes.includes(round.commendationType),
  );
  const save = useMutation({
    mutationFn: (v: ProposeValues) =>
      api.post<NominationDetail>('/api/nominations', {
        roundId: round.id,
        proposingUnitId: v.proposingUnitId,
        subjectType: v.subjectType,
        subjectId: v.subjectId,
        awardCode: v.awardCode,
        report: v.summary ? { summary: v.summary } : undefined,
      }),
    onSuccess: async (d) => {
      await qc.invalidateQueries({ queryKey: ['nominations'] });
      void message.success(
        `Đã lập hồ sơ: ${d.subject.name} — ${d.eligibility?.verdictLabel ?? 'chưa kiểm tra điều kiện'}`,
      );
      onClose();
    },
    onError: (e) => setServerErrors(form, e),
  });
  return (
    <Modal
      open
      title="Đề nghị khen thưởng"
      okText="Lập hồ sơ"
      cancelText="Huỷ"
      width={640}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
    >
      {save.error && (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          subjectType: 'individual',
          proposingUnitId: round.units.length === 1 ? round.units[0]!.id : undefined,
        }}
      >
        <Form.Item
          name="proposingUnitId"
          label="Đơn vị đề nghị"
          rules={[{ required: true, message: 'Chọn đơn vị đề nghị' }]}
        >
          {round.units.length ? (
            <Select
              aria-label="Đơn vị đề nghị"
              options={round.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          ) : (
            <UnitSelect aria-label="Đơn vị đề nghị" />
          )}
        </Form.Item>
        <Form.Item name="subjectType" label="Đối tượng">
          <Select
            aria-label="Loại đối tượng"
            options={SUBJECT_TYPES.map((s) => ({ value: s, label: SUBJECT_TYPE_LABELS[s] }))}
            onChange={() => form.setFieldsValue({ subjectId: undefined, awardCode: undefined })}
          />
        </Form.Item>
        <Form.Item
          name="subjectId"
          label={SUBJECT_TYPE_LABELS[subjectType]}
          rules={[{ required: true, message: 'Chọn đối tượng' }]}
        >
          {subjectType === 'individual' ? (
            <PersonSelect aria-label="Cá nhân được đề nghị" />
          ) : subjectType === 'collective' ? (
            <UnitSelect aria-label="Tập thể được đề nghị" />
          ) : (
            <Input aria-label="Mã hộ gia đình" placeholder="Mã hộ gia đình" />
          )}
        </Form.Item>
        <Form.Item
          name="awardCode"
          label="Danh hiệu, hình thức"
          rules={[{ required: true, message: 'Chọn danh hiệu, hình thức' }]}
        >
          <Select
            aria-label="Danh hiệu, hình thức"
            showSearch={{ optionFilterProp: 'label' }}
            options={awards.map((e) => ({ value: e.code, label: e.name }))}
          />
        </Form.Item>
        <Form.Item name="summary" label="Tóm tắt thành tích">
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
