import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DECISION_STATUS_LABELS, DECISION_STATUSES } from '../../../domain/commendation/decision';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, type Page } from '../../lib/api';
import { currentYear } from '../../lib/dates';
import { formatDate, formatVnd } from '../../lib/format';
import type { RoundItem } from '../nominations/nominations.api';
import {
  type Decision,
  decisionKeys,
  type DecisionSummary,
  type MoneyTotals,
  STATUS_COLORS,
} from './decisions.api';

/** /quyet-dinh-khen-thuong: decisions in the actor's scope, money totals of a year, a new draft from a round. */
export default function DecisionsPage() {
  const { can } = useAuth();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | undefined>();
  const [year, setYear] = useState(() => currentYear());
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: decisionKeys.list({ page, status }),
    queryFn: () => api.get<Page<DecisionSummary>>('/api/decisions', { page, pageSize: 20, status }),
    placeholderData: keepPreviousData,
  });
  const money = useQuery({
    queryKey: decisionKeys.money(year),
    queryFn: () => api.get<MoneyTotals>('/api/decisions/money-totals', { year }),
  });
  return (
    <>
      <PageHeader
        title="Quyết định khen thưởng"
        extra={
          can('decisions.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Soạn quyết định từ đợt khen thưởng
            </Button>
          )
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="Trạng thái"
          style={{ width: 200 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={DECISION_STATUSES.map((s) => ({ value: s, label: DECISION_STATUS_LABELS[s] }))}
        />
      </Space>
      <Table<DecisionSummary>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        pagination={{ current: page, pageSize: 20, total: list.data?.total, onChange: setPage }}
        columns={[
          {
            title: 'Số, ngày',
            render: (_, d) => (
              <Link to={`/quyet-dinh-khen-thuong/${d.id}`}>
                {d.number ? `${d.number} — ${formatDate(d.decisionDate)}` : '(chưa có số)'}
              </Link>
            ),
          },
          { title: 'Trích yếu', dataIndex: 'summary' },
          { title: 'Hình thức', dataIndex: 'awardName' },
          { title: 'Số đối tượng', dataIndex: 'itemCount', align: 'right' },
          { title: 'Tổng tiền (đồng)', render: (_, d) => formatVnd(d.total), align: 'right' },
          {
            title: 'Trạng thái',
            render: (_, d) => <Tag color={STATUS_COLORS[d.status]}>{DECISION_STATUS_LABELS[d.status]}</Tag>,
          },
        ]}
      />
      <Card
        title="Tiền thưởng theo nguồn kinh phí"
        style={{ marginTop: 16 }}
        extra={
          <Space>
            Năm
            <InputNumber
              min={2000}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
              aria-label="Năm"
            />
          </Space>
        }
      >
        <Table
          rowKey="fund"
          size="small"
          pagination={false}
          loading={money.isFetching}
          dataSource={money.data?.rows}
          columns={[
            { title: 'Nguồn kinh phí', dataIndex: 'fundName' },
            { title: 'Số quyết định', dataIndex: 'decisions', align: 'right' },
            { title: 'Số đối tượng', dataIndex: 'awardees', align: 'right' },
            { title: 'Đã chi (đồng)', render: (_, r) => formatVnd(r.paid), align: 'right' },
            { title: 'Phải thu hồi (đồng)', render: (_, r) => formatVnd(r.toRecover), align: 'right' },
          ]}
        />
        {money.data && (
          <Typography.Paragraph style={{ marginTop: 8 }}>
            Tổng cộng: {formatVnd(money.data.total.paid)} đồng đã chi; {formatVnd(money.data.total.toRecover)}{' '}
            đồng phải thu hồi.
          </Typography.Paragraph>
        )}
      </Card>
      {creating && <FromRoundModal onClose={() => setCreating(false)} />}
    </>
  );
}

function FromRoundModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ roundId: string }>();
  const rounds = useQuery({
    queryKey: ['decisions', 'rounds'],
    queryFn: () => api.get<Page<RoundItem>>('/api/award-rounds', { page: 1, pageSize: 100 }),
  });
  const create = useMutation({
    mutationFn: (v: { roundId: string }) => api.post<Decision>('/api/decisions/from-round', v),
    onSuccess: (d) => {
      void message.success('Đã soạn dự thảo quyết định.');
      void navigate(`/quyet-dinh-khen-thuong/${d.id}`);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal
      open
      title="Soạn quyết định từ hồ sơ được Hội đồng thống nhất"
      okText="Soạn dự thảo"
      cancelText="Đóng"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item
          name="roundId"
          label="Đợt khen thưởng"
          rules={[{ required: true, message: 'Chọn đợt khen thưởng' }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={rounds.isFetching}
            options={rounds.data?.items.map((r) => ({ value: r.id, label: `${r.name} (${r.statusLabel})` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
