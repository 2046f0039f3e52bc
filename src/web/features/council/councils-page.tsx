import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  message,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, type Page } from '../../lib/api';
import { toIsoDate } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import type { RoundItem } from '../nominations/nominations.api';
import {
  COUNCIL_LEVEL_LABELS,
  COUNCIL_LEVELS,
  COUNCIL_ROLE_LABELS,
  COUNCIL_ROLES,
  type Council,
  councilKeys,
  ct,
  type SessionItem,
} from './council.api';

/** /hoi-dong-thi-dua: councils with their members, and the sessions. */
export default function CouncilsPage() {
  const { can } = useAuth();
  const manage = can('council.manage');
  const [creating, setCreating] = useState(false);
  const [members, setMembers] = useState<Council | null>(null);
  const [newSession, setNewSession] = useState(false);
  const councils = useQuery({
    queryKey: councilKeys.councils(),
    queryFn: () => api.get<Page<Council>>('/api/council/councils', { pageSize: 100 }),
  });
  const sessions = useQuery({
    queryKey: councilKeys.sessions(),
    queryFn: () => api.get<Page<SessionItem>>('/api/council/sessions', { pageSize: 100 }),
  });
  return (
    <>
      <PageHeader
        title={ct.councilsTitle}
        extra={
          manage && (
            <Space>
              <Button icon={<PlusOutlined />} onClick={() => setNewSession(true)}>
                {ct.createSession}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {ct.createCouncil}
              </Button>
            </Space>
          )
        }
      >
        <Typography.Text type="secondary">{ct.councilsSubtitle}</Typography.Text>
      </PageHeader>
      {(councils.error ?? sessions.error) && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(councils.error ?? sessions.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<Council>
        rowKey="id"
        loading={councils.isLoading}
        dataSource={councils.data?.items ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (c) => (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={c.members}
              columns={[
                { title: ct.fullName, dataIndex: 'fullName' },
                { title: ct.position, dataIndex: 'position' },
                { title: ct.role, dataIndex: 'roleLabel' },
              ]}
            />
          ),
        }}
        columns={[
          { title: ct.name, dataIndex: 'name' },
          { title: ct.level, dataIndex: 'levelLabel' },
          {
            title: ct.foundingDecision,
            render: (_, c) =>
              `${c.foundingDecisionNumber}${c.foundingDecisionDate ? ` ngày ${formatDate(c.foundingDecisionDate)}` : ''}`,
          },
          { title: ct.members, dataIndex: 'memberCount', align: 'right' },
          {
            title: '',
            render: (_, c) =>
              manage && (
                <Button size="small" icon={<TeamOutlined />} onClick={() => setMembers(c)}>
                  {ct.editMembers}
                </Button>
              ),
          },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {ct.sessions}
      </Typography.Title>
      <Table<SessionItem>
        rowKey="id"
        loading={sessions.isLoading}
        dataSource={sessions.data?.items ?? []}
        pagination={false}
        columns={[
          {
            title: ct.title,
            render: (_, s) => <Link to={`/hoi-dong-thi-dua/phien-hop/${s.id}`}>{s.title}</Link>,
          },
          { title: ct.council, dataIndex: 'councilName' },
          { title: ct.heldOn, render: (_, s) => formatDate(s.heldOn) },
          { title: ct.place, dataIndex: 'place' },
          { title: ct.status, render: (_, s) => <Tag>{s.statusLabel}</Tag> },
        ]}
      />
      {creating && <CouncilForm onClose={() => setCreating(false)} />}
      {members && <MembersForm council={members} onClose={() => setMembers(null)} />}
      {newSession && (
        <SessionForm councils={councils.data?.items ?? []} onClose={() => setNewSession(false)} />
      )}
    </>
  );
}

function useSave<T>(fn: (v: T) => Promise<unknown>, onClose: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: councilKeys.all });
      void message.success('Đã lưu.');
      onClose();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
}

interface CouncilValues {
  name: string;
  level: string;
  orgUnitId: string;
  foundingDecisionNumber: string;
  foundingDecisionDate?: Parameters<typeof toIsoDate>[0];
  quorumPercent?: number | null;
  defaultThresholdPercent?: number | null;
}

function CouncilForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CouncilValues>();
  const save = useSave(
    (v: CouncilValues) =>
      api.post('/api/council/councils', { ...v, foundingDecisionDate: toIsoDate(v.foundingDecisionDate) }),
    onClose,
  );
  return (
    <Modal
      open
      title={ct.createCouncil}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ level: 'province', quorumPercent: 80 }}
      >
        <Form.Item name="name" label={ct.name} rules={[{ required: true, message: 'Nhập tên Hội đồng' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="level" label={ct.level} rules={[{ required: true }]}>
          <Select options={COUNCIL_LEVELS.map((l) => ({ value: l, label: COUNCIL_LEVEL_LABELS[l] }))} />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={ct.orgUnitId}
          rules={[{ required: true, message: 'Nhập mã đơn vị' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="foundingDecisionNumber"
          label={ct.foundingDecision}
          rules={[{ required: true, message: 'Nhập số quyết định' }]}
        >
          <Input placeholder="125/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="foundingDecisionDate" label="Ngày quyết định">
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="quorumPercent" label={ct.quorum} extra="Để trống: quy tắc chung 2/3 số thành viên">
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item
          name="defaultThresholdPercent"
          label={ct.threshold}
          extra="Cho hình thức không có tỷ lệ chung; để trống: quá nửa"
        >
          <InputNumber min={1} max={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface MemberValues {
  members: { userId: string; fullName: string; position?: string; role: string }[];
}

function MembersForm({ council, onClose }: { council: Council; onClose: () => void }) {
  const [form] = Form.useForm<MemberValues>();
  const [q, setQ] = useState('');
  const users = useQuery({
    queryKey: ['council', 'member-candidates', q],
    queryFn: () =>
      api.get<{ items: { id: string; fullName: string; email: string }[] }>(
        '/api/council/member-candidates',
        { q: q || undefined },
      ),
  });
  const known = new Map(council.members.map((m) => [m.userId, `${m.fullName}`]));
  const options = [
    ...council.members.map((m) => ({ value: m.userId, label: m.fullName })),
    ...(users.data?.items ?? [])
      .filter((u) => !known.has(u.id))
      .map((u) => ({ value: u.id, label: `${u.fullName} (${u.email})` })),
  ];
  const save = useSave(
    (v: MemberValues) =>
      api.put(`/api/council/councils/${council.id}/members`, {
        version: council.version,
        members: v.members,
      }),
    onClose,
  );
  return (
    <Modal
      open
      width={900}
      title={`${ct.editMembers} — ${council.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form form={form} onFinish={(v) => save.mutate(v)} initialValues={{ members: council.members }}>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'userId']}
                    rules={[{ required: true, message: 'Chọn tài khoản' }]}
                  >
                    <Select
                      showSearch
                      filterOption={false}
                      onSearch={setQ}
                      options={options}
                      style={{ width: 240 }}
                      placeholder={ct.account}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'fullName']} rules={[{ required: true, message: 'Nhập họ tên' }]}>
                    <Input placeholder={ct.fullName} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'position']}>
                    <Input placeholder={ct.position} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: 'Chọn vai trò' }]}>
                    <Select
                      style={{ width: 190 }}
                      placeholder={ct.role}
                      options={COUNCIL_ROLES.map((r) => ({ value: r, label: COUNCIL_ROLE_LABELS[r] }))}
                    />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    Xoá
                  </Button>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ role: 'uy_vien' })}>
                {ct.addMember}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

interface SessionValues {
  councilId: string;
  title: string;
  heldOn: Parameters<typeof toIsoDate>[0];
  place: string;
  roundId?: string;
  nominationIds?: string;
}

function SessionForm({ councils, onClose }: { councils: Council[]; onClose: () => void }) {
  const [form] = Form.useForm<SessionValues>();
  const rounds = useQuery({
    queryKey: ['nominations', 'rounds', 'for-council'],
    queryFn: () => api.get<Page<RoundItem>>('/api/award-rounds', { pageSize: 200 }),
  });
  const save = useSave(
    (v: SessionValues) =>
      api.post('/api/council/sessions', {
        councilId: v.councilId,
        title: v.title,
        heldOn: toIsoDate(v.heldOn),
        place: v.place,
        roundId: v.roundId?.trim() || null,
        nominationIds: v.nominationIds?.split(/\s+/).filter(Boolean),
      }),
    onClose,
  );
  return (
    <Modal
      open
      title={ct.createSession}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="councilId" label={ct.council} rules={[{ required: true, message: 'Chọn Hội đồng' }]}>
          <Select options={councils.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="title" label={ct.title} rules={[{ required: true, message: 'Nhập nội dung' }]}>
          <Input placeholder="Xét khen thưởng năm 2025" />
        </Form.Item>
        <Form.Item name="heldOn" label={ct.heldOn} rules={[{ required: true, message: 'Chọn ngày họp' }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="place" label={ct.place} rules={[{ required: true, message: 'Nhập địa điểm' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="roundId" label={ct.roundId}>
          <Select
            allowClear
            loading={rounds.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="Chọn đợt khen thưởng (hồ sơ được đưa vào chương trình họp)"
            options={(rounds.data?.items ?? []).map((r) => ({
              value: r.id,
              label: `${r.name}${r.year ? ` — năm ${r.year}` : ''} (${r.statusLabel})`,
            }))}
          />
        </Form.Item>
        <Form.Item name="nominationIds" label={ct.nominationIds}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
