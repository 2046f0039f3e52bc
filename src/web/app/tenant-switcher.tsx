import { BankOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Select, Typography } from 'antd';
import { api, errorMessage, type Page } from '../lib/api';
import { m } from '../lib/messages';
import { SESSION_KEY, useAuth, type Session } from './auth';

interface Tenant {
  id: string;
  code: string;
  name: string;
}

/** The tenant name in the header; system administrators get a select to switch tenants. */
export function TenantSwitcher() {
  const { session, isSystemAdmin, setSession } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const tenants = useQuery({
    queryKey: ['tenants'],
    queryFn: () => api.get<Page<Tenant> | Tenant[]>('/api/tenants', { pageSize: 200 }),
    enabled: isSystemAdmin,
    select: (data) => (Array.isArray(data) ? data : data.items),
  });
  const switchTenant = useMutation({
    mutationFn: (tenantId: string) => api.post<Session | undefined>('/api/auth/switch-tenant', { tenantId }),
    onSuccess: async (result, tenantId) => {
      if (result && 'user' in result && 'tenant' in result) setSession(result);
      else await client.invalidateQueries({ queryKey: SESSION_KEY });
      const name = tenants.data?.find((t) => t.id === tenantId)?.name ?? '';
      void message.success(m.header.switched(name));
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  if (!session) return null;
  if (!isSystemAdmin || !tenants.data || tenants.data.length < 2) {
    return (
      <Typography.Text strong className="tdkt-tenant-name" title={m.header.tenant}>
        <BankOutlined /> {session.tenant.name}
      </Typography.Text>
    );
  }
  return (
    <Select
      aria-label={m.header.switchTenant}
      value={session.tenant.id}
      loading={switchTenant.isPending}
      onChange={(id: string) => switchTenant.mutate(id)}
      options={tenants.data.map((t) => ({ value: t.id, label: t.name }))}
      style={{ minWidth: 220, maxWidth: 360 }}
      showSearch={{ optionFilterProp: 'label' }}
      prefix={<BankOutlined />}
    />
  );
}
