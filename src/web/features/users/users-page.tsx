import { Tabs } from 'antd';
import { PageHeader } from '../../app/page-header';
import { m } from '../../lib/messages';
import { ApiTokensTab } from './api-tokens-tab';
import { UsersTable } from './users-table';

/** /nguoi-dung */
export default function UsersPage() {
  return (
    <>
      <PageHeader title={m.users.title} />
      <Tabs
        items={[
          { key: 'users', label: m.users.tabUsers, children: <UsersTable /> },
          { key: 'tokens', label: m.users.tabTokens, children: <ApiTokensTab /> },
        ]}
      />
    </>
  );
}
