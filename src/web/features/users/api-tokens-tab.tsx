import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Popconfirm, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, errorMessage, setServerErrors, type Page } from '../../lib/api';
import { DATE_FORMAT, toIsoDate, todayPicker } from '../../lib/dates';
import { formatDate, formatDateTime } from '../../lib/format';
import { m } from '../../lib/messages';
import { SecretModal } from './secret-modal';
import { usersKeys, type ApiToken } from './users.api';

function statusOf(t: ApiToken) {
  if (t.revokedAt) return <Tag>{m.users.tokenRevokedState}</Tag>;
  if (t.expiresAt && new Date(t.expiresAt) < new Date())
    return <Tag color="orange">{m.users.tokenExpiredState}</Tag>;
  return <Tag color="green">{m.users.tokenActive}</Tag>;
}

/** API tokens: create (shown once), list, revoke. */
export function ApiTokensTab() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ name: string; expiresAt: Dayjs | null }>();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: usersKeys.tokens,
    queryFn: () => api.get<Page<ApiToken> | ApiToken[]>('/api/api-tokens', { pageSize: 200 }),
    select: (d) => (Array.isArray(d) ? d : d.items),
  });
  const create = useMutation({
    mutationFn: (v: { name: string; expiresAt: Dayjs | null }) =>
      api.post<ApiToken & { token: string }>('/api/api-tokens', {
        name: v.name.trim(),
        expiresAt: toIsoDate(v.expiresAt) ?? undefined,
      }),
    onSuccess: async (t) => {
      setCreating(false);
      setSecret(t.token);
      await client.invalidateQueries({ queryKey: usersKeys.tokens });
    },
    onError: (error) => setServerErrors(form, error),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete(`/api/api-tokens/${id}`),
    onSuccess: async () => {
      void message.success(m.users.tokenRevoked);
      await client.invalidateQueries({ queryKey: usersKeys.tokens });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  return (
    <>
      <div className="tdkt-filters">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {m.users.tokenCreate}
        </Button>
      </div>
      {tokens.error && (
        <Alert type="error" showIcon title={errorMessage(tokens.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<ApiToken>
        rowKey="id"
        loading={tokens.isFetching}
        dataSource={tokens.data ?? []}
        scroll={{ x: 820 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: m.app.empty }}
        columns={[
          { key: 'name', title: m.users.tokenName, render: (_, t) => t.name },
          { key: 'prefix', title: m.users.tokenPrefix, render: (_, t) => <code>{t.prefix}…</code> },
          { key: 'owner', title: m.users.tokenOwner, render: (_, t) => t.userLabel },
          { key: 'created', title: m.users.tokenCreated, render: (_, t) => formatDate(t.createdAt) },
          {
            key: 'expires',
            title: m.users.tokenExpires,
            render: (_, t) => (t.expiresAt ? formatDate(t.expiresAt) : m.users.tokenNever),
          },
          { key: 'used', title: m.users.tokenLastUsed, render: (_, t) => formatDateTime(t.lastUsedAt) },
          { key: 'status', title: m.users.tokenStatus, render: (_, t) => statusOf(t) },
          {
            key: 'actions',
            title: m.common.actions,
            render: (_, t) =>
              !t.revokedAt && (
                <Popconfirm
                  title={m.users.tokenRevokeConfirm}
                  okText={m.users.tokenRevoke}
                  cancelText={m.common.cancel}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => revoke.mutateAsync(t.id)}
                >
                  <Button danger size="small">
                    {m.users.tokenRevoke}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={m.users.tokenCreate}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={m.common.save}
        cancelText={m.common.cancel}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        {create.error && (
          <Alert type="error" showIcon title={errorMessage(create.error)} style={{ marginBottom: 16 }} />
        )}
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false}>
          <Form.Item
            name="name"
            label={m.users.tokenName}
            rules={[
              { required: true, whitespace: true, message: m.common.required(m.users.tokenName) },
              { max: 100, message: m.common.tooLong(100) },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="expiresAt" label={m.users.tokenExpires} extra={m.users.tokenExpiresHelp}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={m.common.datePlaceholder}
              aria-label={m.users.tokenExpires}
              disabledDate={(d) =>
                d.isBefore(todayPicker(), 'day') || d.isAfter(todayPicker().add(1, 'year'), 'day')
              }
            />
          </Form.Item>
        </Form>
      </Modal>
      <SecretModal
        secret={secret}
        title={m.users.tokenCreatedTitle}
        text={m.users.tokenShownOnce}
        onClose={() => setSecret(null)}
      />
    </>
  );
}
