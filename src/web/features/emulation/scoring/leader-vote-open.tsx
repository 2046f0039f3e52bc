import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, errorMessage, type Page, setServerErrors } from '../../../lib/api';
import { DATE_FORMAT, toIsoDate } from '../../../lib/dates';
import { useDebounced } from '../../../lib/use-debounced';
import type { User } from '../../users/users.api';
import type { BlocYear } from '../emulation.api';
import { et } from '../emulation.messages';
import { scoringKeys } from './scoring.api';
import { st } from './scoring.messages';

const t = st.vote;

function UserSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const users = useQuery({
    queryKey: ['users', 'pick', q],
    queryFn: () => api.get<Page<User>>('/api/users', { q: q || undefined, pageSize: 20 }),
  });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      placeholder={t.chooseUser}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={users.isFetching}
      notFoundContent={users.error ? errorMessage(users.error) : undefined}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.email})` }))}
      style={{ width: '100%' }}
    />
  );
}

interface Values {
  heldOn: Dayjs | null;
  reps: Record<string, string>;
  thresholdPercent?: number | null;
  runnerUpCount?: number | null;
  maxRounds: 1 | 2;
}

/** Opens the leader vote: the meeting date, one representative account per member, threshold and rounds. */
export function LeaderVoteOpen({
  blocId,
  year,
  members,
}: {
  blocId: string;
  year: number;
  members: BlocYear['members'];
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const open = useMutation({
    mutationFn: (v: Values) =>
      api.post(`/api/emulation/blocs/${blocId}/years/${year}/leader-vote`, {
        heldOn: toIsoDate(v.heldOn),
        representatives: members.map((u) => ({ unitId: u.id, userId: v.reps[u.id] })),
        thresholdPercent: v.thresholdPercent ?? undefined,
        runnerUpCount: v.runnerUpCount ?? undefined,
        maxRounds: v.maxRounds,
      }),
    onSuccess: async () => {
      void message.success(t.opened);
      await client.invalidateQueries({ queryKey: scoringKeys.vote(blocId, year) });
    },
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  return (
    <Card title={t.open}>
      <Typography.Paragraph type="secondary">{t.none}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => open.mutate(v)}
        initialValues={{ maxRounds: 2 }}
        style={{ maxWidth: 760 }}
      >
        <Space wrap size="large">
          <Form.Item
            name="heldOn"
            label={t.heldOn}
            rules={[{ required: true, message: et.common.requiredSelect('ngày họp') }]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="thresholdPercent" label={t.threshold} tooltip={t.thresholdHint}>
            <InputNumber min={1} max={100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="runnerUpCount" label={t.runnerUps}>
            <InputNumber min={0} max={members.length} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="maxRounds" label={t.maxRounds}>
            <Select
              style={{ width: 120 }}
              options={[
                { value: 1, label: '1' },
                { value: 2, label: '2' },
              ]}
            />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t.representatives}</Typography.Title>
        {members.map((u) => (
          <Form.Item
            key={u.id}
            name={['reps', u.id]}
            label={t.representativeOf(u.name)}
            dependencies={members.filter((x) => x.id !== u.id).map((x) => ['reps', x.id])}
            rules={[
              { required: true, message: t.chooseUser },
              ({ getFieldValue }) => ({
                validator: (_, v: string | undefined) =>
                  v && members.some((x) => x.id !== u.id && getFieldValue(['reps', x.id]) === v)
                    ? Promise.reject(new Error('Một người chỉ đại diện cho một đơn vị thành viên'))
                    : Promise.resolve(),
              }),
            ]}
          >
            <UserSelect />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={open.isPending} disabled={members.length < 2}>
          {t.open}
        </Button>
      </Form>
    </Card>
  );
}
