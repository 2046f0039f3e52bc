import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { COMMENDATION_TYPE_LABELS, COMMENDATION_TYPES } from '../../../domain/awards/types';
import { ROUND_LEVEL_LABELS, ROUND_LEVELS } from '../../../domain/commendation/round';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, type Page, setServerErrors } from '../../lib/api';
import { currentYear, DATE_FORMAT, toIsoDate } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { UnitSelect } from '../org/unit-select';
import { UnitMultiSelect } from '../emulation/shared/unit-multi-select';
import { nominationKeys, type RoundDetail, type RoundItem } from './nominations.api';

export const ROUND_STATUS_COLORS = {
  draft: 'default',
  open: 'processing',
  closed: 'warning',
  decided: 'success',
} as const;

/** /dot-khen-thuong: award rounds in the actor's scope. */
export default function RoundsPage() {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: nominationKeys.rounds(page),
    queryFn: () => api.get<Page<RoundItem>>('/api/award-rounds', { page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Đợt khen thưởng"
        extra={
          can('nominations.appraise') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Tạo đợt khen thưởng
            </Button>
          )
        }
      />
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<RoundItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: 'Chưa có đợt khen thưởng nào' }}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            title: 'Tên đợt',
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/dot-khen-thuong/${r.id}`}>{v}</Link>,
          },
          { title: 'Loại hình', dataIndex: 'commendationTypeLabel', width: 220 },
          { title: 'Cấp xét', dataIndex: 'levelLabel', width: 160 },
          {
            title: 'Năm / thời gian',
            key: 'when',
            width: 180,
            render: (_, r) => r.year ?? `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`,
          },
          {
            title: 'Hạn nộp',
            key: 'deadline',
            width: 120,
            render: (_, r) => formatDate(r.deadlines.proposal),
          },
          { title: 'Số hồ sơ', dataIndex: 'nominationCount', width: 100 },
          {
            title: 'Trạng thái',
            dataIndex: 'statusLabel',
            width: 170,
            render: (v: string, r) => <Tag color={ROUND_STATUS_COLORS[r.status]}>{v}</Tag>,
          },
        ]}
      />
      {creating && (
        <RoundFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => void navigate(`/dot-khen-thuong/${id}`)}
        />
      )}
    </>
  );
}

interface Values {
  name: string;
  orgUnitId: string;
  commendationType: string;
  level: string;
  year?: number | null;
  unitIds: string[];
  proposalDeadline?: Dayjs | null;
  appraisalDeadline?: Dayjs | null;
  councilDeadline?: Dayjs | null;
  decisionDeadline?: Dayjs | null;
}

const DEADLINES = [
  ['proposalDeadline', 'Hạn nộp hồ sơ'],
  ['appraisalDeadline', 'Hạn thẩm định'],
  ['councilDeadline', 'Hạn họp Hội đồng'],
  ['decisionDeadline', 'Hạn ban hành quyết định'],
] as const;

function RoundFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      api.post<RoundDetail>('/api/award-rounds', {
        ...v,
        year: v.year ?? null,
        unitIds: v.unitIds ?? [],
        ...Object.fromEntries(DEADLINES.map(([k]) => [k, toIsoDate(v[k])])),
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['nominations'] });
      void message.success('Đã tạo đợt khen thưởng');
      onSaved(r.id);
    },
    onError: (e) => setServerErrors(form, e),
  });
  return (
    <Modal
      open
      title="Tạo đợt khen thưởng"
      width={760}
      okText="Lưu"
      cancelText="Huỷ"
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
    >
      {save.error && (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          commendationType: 'cong_trang',
          level: 'province',
          year: currentYear(),
          unitIds: [],
        }}
      >
        <Form.Item name="name" label="Tên đợt" rules={[{ required: true, message: 'Nhập tên đợt' }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="orgUnitId"
              label="Đơn vị tổ chức"
              rules={[{ required: true, message: 'Chọn đơn vị' }]}
            >
              <UnitSelect aria-label="Đơn vị tổ chức" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="year" label="Năm xét">
              <InputNumber min={1945} max={2200} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="commendationType" label="Loại hình khen thưởng">
              <Select
                options={COMMENDATION_TYPES.map((c) => ({ value: c, label: COMMENDATION_TYPE_LABELS[c] }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="level" label="Cấp xét">
              <Select options={ROUND_LEVELS.map((l) => ({ value: l, label: ROUND_LEVEL_LABELS[l] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="unitIds" label="Đơn vị tham gia">
          <UnitMultiSelect aria-label="Đơn vị tham gia" />
        </Form.Item>
        <Row gutter={12}>
          {DEADLINES.map(([k, label]) => (
            <Col span={6} key={k}>
              <Form.Item name={k} label={label}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
