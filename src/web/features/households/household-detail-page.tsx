import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { FullPageSpin, PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { orDash } from '../../lib/format';
import { m } from '../../lib/messages';
import type { Household } from '../people/people.api';
import { HouseholdFormModal } from './household-form';

/** /ho-gia-dinh/:id */
export default function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const [editing, setEditing] = useState(false);
  const household = useQuery({
    queryKey: ['households', 'detail', id],
    queryFn: () => api.get<Household>(`/api/households/${id}`),
  });
  if (household.isPending) return <FullPageSpin />;
  if (household.error)
    return (
      <>
        <PageHeader title={m.households.detail} />
        <Alert type="error" showIcon title={errorMessage(household.error)} />
      </>
    );
  const h = household.data;
  return (
    <>
      <PageHeader
        title={h.name}
        extra={
          can('people.write') && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {m.common.edit}
            </Button>
          )
        }
      >
        <Link to="/ho-gia-dinh">← {m.households.title}</Link>
      </PageHeader>
      <Card size="small" title={m.households.detail}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'name', label: m.households.name, children: h.name },
            {
              key: 'head',
              label: m.households.head,
              children: h.head ? <Link to={`/ca-nhan/${h.head.id}`}>{h.head.fullName}</Link> : m.common.dash,
            },
            { key: 'unit', label: m.households.unit, children: h.unit.name },
            { key: 'address', label: m.households.address, children: orDash(h.address) },
            { key: 'code', label: m.households.code, children: orDash(h.externalCode) },
          ]}
        />
      </Card>
      <HouseholdFormModal open={editing} household={h} onClose={() => setEditing(false)} />
    </>
  );
}
