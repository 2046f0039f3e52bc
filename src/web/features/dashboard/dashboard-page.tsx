import { ApartmentOutlined, HomeOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import type { Permission } from '../../../domain/access/roles';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, type Page } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { m } from '../../lib/messages';

/** Units in force today: the roots plus every root's subtree in force today. */
async function countUnitsInForce(): Promise<number> {
  const asOf = todayIso();
  const roots = await api.get<Page<{ id: string }>>('/api/org-units', { asOf, pageSize: 500 });
  const subtrees = await Promise.all(
    roots.items.map((r) => api.get<Page<unknown>>(`/api/org-units/${r.id}/subtree`, { asOf })),
  );
  return roots.total + subtrees.reduce((sum, s) => sum + s.total, 0);
}

const totalOf = (url: string) => async () => (await api.get<Page<unknown>>(url, { pageSize: 1 })).total;

interface Stat {
  key: string;
  title: string;
  icon: React.ReactNode;
  to: string;
  permission: Permission;
  load: () => Promise<number>;
}

const STATS: Stat[] = [
  {
    key: 'units',
    title: m.dashboard.unitsInForce,
    icon: <ApartmentOutlined />,
    to: '/co-cau-to-chuc',
    permission: 'org.read',
    load: countUnitsInForce,
  },
  {
    key: 'people',
    title: m.dashboard.people,
    icon: <TeamOutlined />,
    to: '/ca-nhan',
    permission: 'people.read',
    load: totalOf('/api/people'),
  },
  {
    key: 'households',
    title: m.dashboard.households,
    icon: <HomeOutlined />,
    to: '/ho-gia-dinh',
    permission: 'people.read',
    load: totalOf('/api/households'),
  },
  {
    key: 'users',
    title: m.dashboard.users,
    icon: <SafetyCertificateOutlined />,
    to: '/nguoi-dung',
    permission: 'users.manage',
    load: totalOf('/api/users'),
  },
];

function StatCard({ stat }: { stat: Stat }) {
  const value = useQuery({ queryKey: ['dashboard', stat.key], queryFn: stat.load });
  return (
    <Link to={stat.to} aria-label={stat.title}>
      <Card hoverable>
        <Statistic
          title={stat.title}
          prefix={stat.icon}
          loading={value.isPending}
          value={value.error ? m.dashboard.unavailable : (value.data ?? 0)}
          groupSeparator="."
        />
      </Card>
    </Link>
  );
}

/** / : a few counts for the tenant. */
export default function DashboardPage() {
  const { session, can } = useAuth();
  return (
    <>
      <PageHeader title={m.dashboard.title}>
        <Typography.Text type="secondary">
          {m.dashboard.welcome(session?.user.fullName ?? '')} — {session?.tenant.name}
        </Typography.Text>
      </PageHeader>
      <div className="tdkt-stat-grid">
        {STATS.filter((s) => can(s.permission)).map((s) => (
          <StatCard key={s.key} stat={s} />
        ))}
      </div>
    </>
  );
}
