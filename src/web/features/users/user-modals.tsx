import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { ROLE_LABELS, ROLES, type Role } from '../../../domain/access/roles';
import { useAuth } from '../../app/auth';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { m } from '../../lib/messages';
import { UnitSelect } from '../org/unit-select';
import { usersKeys, type User } from './users.api';

/** The roles the actor may hand out: only a system administrator grants system administration. */
export function useRoleOptions() {
  const { isSystemAdmin } = useAuth();
  return ROLES.filter((r) => isSystemAdmin || r !== 'system_admin').map((r) => ({
    value: r,
    label: ROLE_LABELS[r],
  }));
}

interface CreateValues {
  email: string;
  fullName: string;
  password?: string;
  role?: Role;
  orgUnitId?: string | null;
}

export function CreateUserModal({
  open,
  onClose,
  onPassword,
}: {
  open: boolean;
  onClose: () => void;
  onPassword: (password: string) => void;
}) {
  const [form] = Form.useForm<CreateValues>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const roleOptions = useRoleOptions();
  const create = useMutation({
    mutationFn: (v: CreateValues) =>
      api.post<User & { initialPassword?: string }>('/api/users', {
        email: v.email.trim(),
        fullName: v.fullName.trim(),
        password: v.password ? v.password : undefined,
        grants: v.role ? [{ role: v.role, orgUnitId: v.orgUnitId ?? null }] : undefined,
      }),
    onSuccess: async (user) => {
      void message.success(m.common.created);
      await client.invalidateQueries({ queryKey: usersKeys.all });
      onClose();
      if (user.initialPassword) onPassword(user.initialPassword);
    },
    onError: (error) => setServerErrors(form, error),
  });
  return (
    <Modal
      open={open}
      title={m.users.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.common.save}
      cancelText={m.common.cancel}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {create.error && (
        <Alert type="error" showIcon title={errorMessage(create.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<CreateValues> form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false}>
        <Form.Item
          name="email"
          label={m.users.email}
          rules={[
            { required: true, whitespace: true, message: m.auth.emailRequired },
            { type: 'email', message: m.auth.emailInvalid },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={m.users.fullName}
          rules={[{ required: true, whitespace: true, message: m.common.required(m.users.fullName) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={m.users.password}
          extra={m.users.passwordHint}
          rules={[{ min: 10, message: m.auth.passwordMin }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={m.users.role}>
          <Select allowClear options={roleOptions} aria-label={m.users.role} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={m.users.scope}>
          <UnitSelect allowWholeTenant aria-label={m.users.scope} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface GrantValues {
  role: Role;
  orgUnitId: string | null;
}

export function AddGrantModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<GrantValues>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const roleOptions = useRoleOptions();
  const add = useMutation({
    mutationFn: (v: GrantValues) =>
      api.post(`/api/users/${user?.id}/grants`, { role: v.role, orgUnitId: v.orgUnitId ?? null }),
    onSuccess: async () => {
      void message.success(m.users.grantAdded);
      await client.invalidateQueries({ queryKey: usersKeys.all });
      onClose();
    },
    onError: (error) => setServerErrors(form, error),
  });
  return (
    <Modal
      open={user !== null}
      title={user ? `${m.users.addGrantTitle}: ${user.fullName}` : m.users.addGrantTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.common.save}
      cancelText={m.common.cancel}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      {add.error && (
        <Alert type="error" showIcon title={errorMessage(add.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<GrantValues>
        form={form}
        layout="vertical"
        initialValues={{ orgUnitId: null }}
        onFinish={(v) => add.mutate(v)}
        preserve={false}
      >
        <Form.Item
          name="role"
          label={m.users.role}
          rules={[{ required: true, message: m.common.requiredSelect(m.users.role) }]}
        >
          <Select options={roleOptions} aria-label={m.users.role} />
        </Form.Item>
        <Form.Item name="orgUnitId" label={m.users.scope}>
          <UnitSelect allowWholeTenant aria-label={m.users.scope} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
