import { useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Spin, Tag, Typography } from 'antd';
import { ORG_UNIT_TYPE_LABELS } from '../../../domain/org/org-unit';
import { errorMessage } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { m } from '../../lib/messages';
import { breadcrumbText, listOrgUnits, orgKeys } from './org.api';

/** Units whose name matches `q` anywhere in the tenant (in force or not), each with its ancestors. */
export function OrgSearchResults({ q, onSelect }: { q: string; onSelect: (id: string) => void }) {
  const query = { q, pageSize: 50 };
  const result = useQuery({ queryKey: orgKeys.list(query), queryFn: () => listOrgUnits(query) });
  if (result.isPending) return <Spin description={m.app.loading} />;
  if (result.error) return <Alert type="error" showIcon title={errorMessage(result.error)} />;
  return (
    <section aria-label={m.org.searchResults(result.data.total)}>
      <Typography.Text type="secondary">{m.org.searchResults(result.data.total)}</Typography.Text>
      <List
        size="small"
        dataSource={result.data.items}
        locale={{ emptyText: m.org.noResults }}
        renderItem={(u) => (
          <List.Item key={u.id}>
            <div style={{ minWidth: 0 }}>
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => onSelect(u.id)}
              >
                {u.name}
              </Button>{' '}
              {u.validTo && u.validTo < todayIso() && <Tag>{m.org.ended}</Tag>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[breadcrumbText(u.ancestors), ORG_UNIT_TYPE_LABELS[u.type]].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
