import { MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Dropdown, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../app/auth';
import { api, errorMessage, type Page } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { m } from '../../lib/messages';
import { useDebounced } from '../../lib/use-debounced';
import { SecretModal } from './secret-modal';
import { AddGrantModal, CreateUserModal, useRoleOptions } from './user-modals';
import { isLocked, usersKeys, type User } from './users.api';

type UserAction = 'toggle' | 'reset' | 'unlock' | 'grant';

/** The users tab: search, filters, grants as tags, and the per-user actions. */
export function UsersTable() {
  const { session } = useAuth();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const roleOptions = useRoleOptions();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 350);
  const [role, setRole] = useState<string | undefined>();
  const [active, setActive] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<User | null>(null);
  const [secret, setSecret] = useState<{ value: string; title: string } | null>(null);
  const query = { q: q || undefined, role, isActive: active, page, pageSize };
  const list = useQuery({
    queryKey: [...usersKeys.all, query],
    queryFn: () => api.get<Page<User>>('/api/users', query),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: usersKeys.all });
  const act = useMutation({
    mutationFn: async ({ action, user }: { action: UserAction; user: User }) => {
      if (action === 'toggle')
        await api.patch(`/api/users/${user.id}`, { isActive: !user.isActive, version: user.version });
      if (action === 'unlock') await api.post(`/api/users/${user.id}/unlock`);
      if (action === 'reset') {
        const r = await api.post<{ password: string }>(`/api/users/${user.id}/reset-password`);
        setSecret({ value: r.password, title: m.users.newPasswordTitle });
      }
      return { action, user };
    },
    onSuccess: async ({ action, user }) => {
      if (action === 'toggle') void message.success(user.isActive ? m.users.deactivated : m.users.activated);
      if (action === 'unlock') void message.success(m.users.unlocked);
      await refresh();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  const removeGrant = useMutation({
    mutationFn: ({ userId, grantId }: { userId: string; grantId: string }) =>
      api.delete(`/api/users/${userId}/grants/${grantId}`),
    onSuccess: async () => {
      void message.success(m.users.grantRemoved);
      await refresh();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const run = (action: UserAction, user: User) => {
    if (action === 'grant') return setGranting(user);
    const confirmText =
      action === 'reset'
        ? m.users.resetConfirm
        : action === 'toggle' && user.isActive
          ? m.users.deactivateConfirm
          : null;
    if (!confirmText) return act.mutate({ action, user });
    modal.confirm({
      title: confirmText,
      okText: m.common.confirm,
      cancelText: m.common.cancel,
      onOk: () => act.mutateAsync({ action, user }),
    });
  };

  return (
    <>
      <div className="tdkt-filters" role="search">
        <Input.Search
          aria-label={m.users.search}
          placeholder={m.users.searchPlaceholder}
          allowClear
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          style={{ width: 260 }}
        />
        <Select
          aria-label={m.users.filterRole}
          placeholder={m.users.role}
          allowClear
          options={roleOptions}
          value={role}
          onChange={(v: string | undefined) => {
            setRole(v);
            setPage(1);
          }}
          style={{ width: 240 }}
        />
        <Select
          aria-label={m.users.filterStatus}
          placeholder={m.users.status}
          allowClear
          options={[
            { value: 'true', label: m.users.active },
            { value: 'false', label: m.users.inactive },
          ]}
          value={active}
          onChange={(v: string | undefined) => {
            setActive(v);
            setPage(1);
          }}
          style={{ width: 200 }}
        />
        <div style={{ flex: 1 }} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {m.users.create}
        </Button>
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<User>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        locale={{ emptyText: m.app.empty }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total, range) => m.common.range(range[0], range[1], total),
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          {
            key: 'name',
            title: m.users.fullName,
            render: (_, u) => (
              <div>
                <div>{u.fullName}</div>
                <div style={{ color: '#888', fontSize: 12 }}>{u.email}</div>
              </div>
            ),
          },
          {
            key: 'grants',
            title: m.users.grants,
            render: (_, u) =>
              u.grants.length === 0 ? (
                <Tag>{m.users.noGrants}</Tag>
              ) : (
                <Space size={[4, 4]} wrap>
                  {u.grants.map((g) => (
                    <Tag
                      key={g.id}
                      color="red"
                      variant="outlined"
                      closable={u.id !== session?.user.id}
                      closeIcon={<span aria-label={`${m.users.removeGrant}: ${g.roleLabel}`}>×</span>}
                      onClose={(e) => {
                        e.preventDefault();
                        modal.confirm({
                          title: m.users.removeGrantConfirm,
                          content: `${g.roleLabel} — ${g.orgUnitName ?? m.org.wholeTenant}`,
                          okText: m.users.removeGrant,
                          cancelText: m.common.cancel,
                          okButtonProps: { danger: true },
                          onOk: () => removeGrant.mutateAsync({ userId: u.id, grantId: g.id }),
                        });
                      }}
                    >
                      {g.roleLabel} · {g.orgUnitName ?? m.org.wholeTenant}
                    </Tag>
                  ))}
                </Space>
              ),
          },
          {
            key: 'status',
            title: m.users.status,
            width: 170,
            render: (_, u) => (
              <Space orientation="vertical" size={2}>
                {u.isActive ? <Tag color="green">{m.users.active}</Tag> : <Tag>{m.users.inactive}</Tag>}
                {isLocked(u) && (
                  <Tooltip title={formatDateTime(u.lockedUntil)}>
                    <Tag color="orange">{m.users.locked}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            key: 'last',
            title: m.users.lastSignIn,
            width: 170,
            render: (_, u) => formatDateTime(u.lastSignInAt),
          },
          {
            key: 'actions',
            title: m.common.actions,
            width: 90,
            render: (_, u) => (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'grant', label: m.users.addGrant },
                    { key: 'reset', label: m.users.resetPassword },
                    ...(isLocked(u) ? [{ key: 'unlock', label: m.users.unlock }] : []),
                    ...(u.id !== session?.user.id
                      ? [
                          {
                            key: 'toggle',
                            label: u.isActive ? m.users.deactivate : m.users.activate,
                            danger: u.isActive,
                          },
                        ]
                      : []),
                  ],
                  onClick: ({ key }) => run(key as UserAction, u),
                }}
              >
                <Button icon={<MoreOutlined />} aria-label={`${m.users.more}: ${u.fullName}`} />
              </Dropdown>
            ),
          },
        ]}
      />
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onPassword={(value) => setSecret({ value, title: m.users.initialPasswordTitle })}
      />
      <AddGrantModal user={granting} onClose={() => setGranting(null)} />
      <SecretModal
        secret={secret?.value ?? null}
        title={secret?.title ?? ''}
        text={m.users.initialPasswordText}
        onClose={() => setSecret(null)}
      />
    </>
  );
}
