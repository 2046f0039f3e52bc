import { ClockCircleOutlined, CommentOutlined, MailOutlined } from '@ant-design/icons';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  BulbOutlined,
  CrownOutlined,
  ClusterOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  DownOutlined,
  FileDoneOutlined,
  FlagOutlined,
  FormOutlined,
  ExperimentOutlined,
  HomeOutlined,
  KeyOutlined,
  TrophyOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { AuditOutlined as CouncilIcon, CheckSquareOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, type MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { Navigate, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import type { Permission } from '../../domain/access/roles';
import { annexText } from '../features/annex/annex.messages';
import { ct as councilText } from '../features/council/council.api';
import { certificatesText } from '../features/certificates/certificates.messages';
import { ChangePasswordModal } from '../features/auth/change-password-modal';
import { et } from '../features/emulation/emulation.messages';
import { api } from '../lib/api';
import { m } from '../lib/messages';
import { useAuth } from './auth';
import { FullPageSpin } from './page-header';
import { TenantSwitcher } from './tenant-switcher';

const { Header, Sider, Content } = Layout;

interface NavItem {
  path: string;
  label: string;
  icon: React.ReactNode;
  permission?: Permission;
}

const NAV: NavItem[] = [
  { path: '/', label: m.nav.dashboard, icon: <DashboardOutlined /> },
  { path: '/co-cau-to-chuc', label: m.nav.org, icon: <ApartmentOutlined />, permission: 'org.read' },
  { path: '/ca-nhan', label: m.nav.people, icon: <TeamOutlined />, permission: 'people.read' },
  { path: '/ho-gia-dinh', label: m.nav.households, icon: <HomeOutlined />, permission: 'people.read' },
  { path: '/nhap-du-lieu', label: m.nav.import, icon: <CloudUploadOutlined />, permission: 'people.write' },
  {
    path: '/nhap-phu-luc-quyet-dinh',
    label: annexText.nav,
    icon: <FileDoneOutlined />,
    permission: 'ledger.write',
  },
  { path: '/sang-kien', label: m.nav.initiatives, icon: <BulbOutlined />, permission: 'ledger.read' },
  {
    path: '/bang-khen-giay-khen',
    label: certificatesText.nav,
    icon: <CrownOutlined />,
    permission: 'commendation.read',
  },
  {
    path: '/phong-trao-thi-dua',
    label: et.nav.movements,
    icon: <FlagOutlined />,
    permission: 'emulation.read',
  },
  {
    path: '/dang-ky-thi-dua',
    label: et.nav.registrations,
    icon: <FormOutlined />,
    permission: 'emulation.read',
  },
  { path: '/cum-khoi-thi-dua', label: et.nav.blocs, icon: <ClusterOutlined />, permission: 'emulation.read' },
  {
    path: '/ke-hoach-thuc-hien',
    label: et.nav.dashboard,
    icon: <BarChartOutlined />,
    permission: 'emulation.read',
  },
  {
    path: '/dot-khen-thuong',
    label: 'Đợt khen thưởng',
    icon: <TrophyOutlined />,
    permission: 'commendation.read',
  },
  { path: '/han-xu-ly', label: 'Hạn xử lý', icon: <ClockCircleOutlined />, permission: 'commendation.read' },
  {
    path: '/quyet-dinh-khen-thuong',
    label: 'Quyết định khen thưởng',
    icon: <FileDoneOutlined />,
    permission: 'commendation.read',
  },
  {
    path: '/kiem-duyet-y-kien',
    label: 'Kiểm duyệt ý kiến',
    icon: <CommentOutlined />,
    permission: 'nominations.appraise',
  },
  {
    path: '/hoi-dong-thi-dua',
    label: councilText.nav,
    icon: <CouncilIcon />,
    permission: 'commendation.read',
  },
  { path: '/phieu-bau', label: councilText.navBallot, icon: <CheckSquareOutlined /> },
  { path: '/mo-phong-xet-khen', label: m.nav.simulator, icon: <ExperimentOutlined /> },
  { path: '/danh-muc-khen-thuong', label: m.nav.catalogue, icon: <BookOutlined /> },
  {
    path: '/cai-dat-xet-khen',
    label: m.nav.legalSettings,
    icon: <SettingOutlined />,
    permission: 'settings.manage',
  },
  {
    path: '/nguoi-dung',
    label: m.nav.users,
    icon: <SafetyCertificateOutlined />,
    permission: 'users.manage',
  },
  { path: '/hop-thu-di', label: 'Hộp thư đi', icon: <MailOutlined />, permission: 'settings.manage' },
  { path: '/nhat-ky', label: m.nav.audit, icon: <AuditOutlined />, permission: 'audit.read' },
];

function selectedKey(pathname: string): string {
  const match = NAV.filter((n) => n.path !== '/' && pathname.startsWith(n.path)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  return match?.path ?? '/';
}

/** The signed-in shell: side menu, header with tenant and user menu, the page in the middle. */
export function ProtectedLayout() {
  const { session, loading, can, setSession } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const [collapsed, setCollapsed] = useState(() => typeof window !== 'undefined' && window.innerWidth < 992);
  const [passwordOpen, setPasswordOpen] = useState(false);

  if (loading) return <FullPageSpin />;
  if (!session)
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;

  const items: MenuProps['items'] = NAV.filter((n) => !n.permission || can(n.permission)).map((n) => ({
    key: n.path,
    icon: n.icon,
    label: n.label,
  }));

  const signOut = async () => {
    await api.post('/api/auth/sign-out').catch(() => undefined);
    setSession(null);
    void navigate('/dang-nhap', { replace: true });
  };

  const userMenu: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: m.header.changePassword },
    { type: 'divider' },
    { key: 'signout', icon: <LogoutOutlined />, label: m.header.signOut, danger: true },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        collapsedWidth={64}
        width={256}
        aria-label={m.nav.mainMenu}
      >
        <div className={collapsed ? 'tdkt-brand tdkt-brand-collapsed' : 'tdkt-brand'} title={m.app.title}>
          <span className="tdkt-brand-mark">{m.app.shortName}</span>
          {!collapsed && <span className="tdkt-brand-text">{m.app.fullName}</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selectedKey(location.pathname)]}
          items={items}
          onClick={({ key }) => void navigate(key)}
        />
      </Sider>
      <Layout>
        <Header className="tdkt-header">
          <div className="tdkt-header-tenant">
            <TenantSwitcher />
          </div>
          <Dropdown
            trigger={['click']}
            menu={{
              items: userMenu,
              onClick: ({ key }) => (key === 'signout' ? void signOut() : setPasswordOpen(true)),
            }}
          >
            <Button type="text" icon={<UserOutlined />} aria-label={m.header.userMenu}>
              <span className="tdkt-header-user">{session.user.fullName}</span> <DownOutlined />
            </Button>
          </Dropdown>
        </Header>
        <Content className="tdkt-content">
          {navigation.state === 'loading' && <div className="tdkt-route-loading" role="progressbar" />}
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}
