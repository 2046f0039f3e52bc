import { DeleteOutlined, EditOutlined, EyeOutlined, SwapOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { GENDER_LABELS, OCCUPATION_GROUP_LABELS } from '../../../domain/people/person';
import { useAuth } from '../../app/auth';
import { FullPageSpin, PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { formatDate, formatDateTime, orDash } from '../../lib/format';
import { m } from '../../lib/messages';
import { EligibilityTab } from '../eligibility/eligibility-tab';
import { AchievementFilePanel } from '../ledger/achievement-file';
import { peopleKeys, type Membership, type PersonDetail } from './people.api';
import { PersonFormDrawer } from './person-form';
import { TransferModal } from './transfer-modal';

/** /ca-nhan/:id */
export default function PersonDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'info';
  const person = useQuery({
    queryKey: peopleKeys.detail(id),
    queryFn: () => api.get<PersonDetail>(`/api/people/${id}`),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/people/${id}`),
    onSuccess: async () => {
      void message.success(m.common.deleted);
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      void navigate('/ca-nhan');
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  if (person.isPending) return <FullPageSpin />;
  if (person.error)
    return (
      <>
        <PageHeader title={m.people.detail} />
        <Alert type="error" showIcon title={errorMessage(person.error)} />
      </>
    );
  const p = person.data;
  const writable = can('people.write');

  return (
    <>
      <PageHeader
        title={p.fullName}
        extra={
          writable && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {m.common.edit}
              </Button>
              <Button icon={<SwapOutlined />} onClick={() => setTransferring(true)}>
                {m.people.transfer}
              </Button>
              <Popconfirm
                title={m.people.deleteConfirm}
                okText={m.common.delete}
                cancelText={m.common.cancel}
                onConfirm={() => remove.mutate()}
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {m.common.delete}
                </Button>
              </Popconfirm>
            </>
          )
        }
      >
        <Link to="/ca-nhan">← {m.people.title}</Link>
      </PageHeader>
      <Tabs
        activeKey={can('ledger.read') ? tab : 'info'}
        onChange={(key) => setParams(key === 'info' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'info', label: m.ledger.tabInfo, children: <PersonInfo p={p} /> },
          ...(can('ledger.read')
            ? [
                {
                  key: 'ho-so',
                  label: m.ledger.tabFile,
                  children: <AchievementFilePanel type="individual" id={p.id} name={p.fullName} />,
                },
                {
                  key: 'dieu-kien',
                  label: m.ledger.tabEligibility,
                  children: <EligibilityTab type="individual" id={p.id} />,
                },
              ]
            : []),
        ]}
      />
      {writable && <PersonFormDrawer open={editing} person={p} onClose={() => setEditing(false)} />}
      {writable && <TransferModal open={transferring} person={p} onClose={() => setTransferring(false)} />}
    </>
  );
}

/**
 * The citizen ID is shown masked; a role allowed to read it may reveal the full number, which the server
 * records in the audit trail. The number stays in this component's state only, never in the query cache.
 */
function CitizenIdReveal({ p }: { p: PersonDetail }) {
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => api.post<{ citizenId: string }>(`/api/people/${p.id}/reveal-citizen-id`, {}),
    onSuccess: (r) => setFull(r.citizenId),
    onError: (error) => void message.error(errorMessage(error)),
  });
  if (full) return <span data-testid="citizen-id">{full}</span>;
  return (
    <>
      <span data-testid="citizen-id">{orDash(p.citizenId)}</span>
      {p.citizenIdRevealable && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate()}
          title={m.people.revealCitizenIdHint}
        >
          {m.people.revealCitizenId}
        </Button>
      )}
    </>
  );
}

function PersonInfo({ p }: { p: PersonDetail }) {
  return (
    <>
      <Card size="small" title={m.people.detail} style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3 }}
          items={[
            { key: 'name', label: m.people.fullName, children: p.fullName },
            { key: 'gender', label: m.people.gender, children: GENDER_LABELS[p.gender] },
            { key: 'birth', label: m.people.birthDate, children: formatDate(p.birthDate) },
            { key: 'eth', label: m.people.ethnicity, children: p.ethnicityName },
            { key: 'cid', label: m.people.citizenId, children: <CitizenIdReveal p={p} /> },
            { key: 'unit', label: m.people.unit, children: orDash(p.unit?.name) },
            { key: 'pos', label: m.people.position, children: orDash(p.position) },
            { key: 'leader', label: m.people.isLeader, children: p.isLeader ? m.common.yes : m.common.no },
            {
              key: 'occ',
              label: m.people.occupationGroup,
              children: OCCUPATION_GROUP_LABELS[p.occupationGroup],
            },
            { key: 'rec', label: m.people.recruitedOn, children: formatDate(p.recruitedOn) },
            { key: 'code', label: m.people.externalCode, children: orDash(p.externalCode) },
            { key: 'phone', label: m.people.phone, children: orDash(p.phone) },
            { key: 'email', label: m.people.email, children: orDash(p.email) },
            { key: 'upd', label: m.people.updatedAt, children: formatDateTime(p.updatedAt) },
          ]}
        />
      </Card>
      <Card size="small" title={m.people.memberships} style={{ marginBottom: 16 }}>
        <Table<Membership>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.memberships}
          locale={{ emptyText: m.people.noMemberships }}
          scroll={{ x: 560 }}
          columns={[
            { key: 'unit', title: m.people.unit, render: (_, r) => r.unit.name },
            { key: 'pos', title: m.people.position, render: (_, r) => orDash(r.position) },
            { key: 'from', title: m.people.fromDate, width: 120, render: (_, r) => formatDate(r.fromDate) },
            {
              key: 'to',
              title: m.people.toDate,
              width: 120,
              render: (_, r) =>
                r.toDate ? formatDate(r.toDate) : <Tag color="green">{m.people.current}</Tag>,
            },
          ]}
        />
      </Card>
      {p.householdsHeaded.length > 0 && (
        <Card size="small" title={m.people.headOf}>
          {p.householdsHeaded.map((h) => (
            <div key={h.id}>
              <Link to={`/ho-gia-dinh/${h.id}`}>{h.name}</Link>
            </div>
          ))}
        </Card>
      )}
    </>
  );
}
