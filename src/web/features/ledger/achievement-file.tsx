import { DownOutlined, MoreOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Dropdown,
  Empty,
  Segmented,
  Spin,
  Tag,
  Timeline,
  Typography,
  type MenuProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { AWARD_STATUS_LABELS } from '../../../domain/awards/ledger';
import { COMMENDATION_TYPE_LABELS, type SubjectType } from '../../../domain/awards/types';
import { useAuth } from '../../app/auth';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { m } from '../../lib/messages';
import { formatDong } from '../catalogue/catalogue.api';
import { InitiativeModal } from './initiative-form';
import { describeRecord, kindsFor, recordIndex, type LedgerRecord } from './records';
import {
  getAchievementFile,
  ledgerKeys,
  TIMELINE_KINDS,
  type AchievementFile,
  type Award,
  type Discipline,
  type Initiative,
  type Maternity,
  type PendingCase,
  type RatingRecord,
  type TimelineKind,
} from './ledger.api';
import {
  AwardModal,
  DisciplineModal,
  MaternityModal,
  PendingCaseModal,
  RatingModal,
  RevokeAwardModal,
  useInvalidateLedger,
} from './ledger-forms';

export const KIND_COLORS: Record<TimelineKind, string> = {
  rating: 'blue',
  award: 'red',
  initiative: 'gold',
  discipline: 'volcano',
  pending_case: 'orange',
  maternity_leave: 'purple',
};

type Editing =
  | { kind: 'award'; record?: Award }
  | { kind: 'rating'; record?: RatingRecord }
  | { kind: 'discipline'; record?: Discipline }
  | { kind: 'pending_case'; record?: PendingCase; closing?: boolean }
  | { kind: 'maternity_leave'; record?: Maternity }
  | { kind: 'initiative'; record?: Initiative };

const DELETE_URL: Record<TimelineKind, string> = {
  rating: '/api/ratings',
  award: '/api/awards',
  initiative: '/api/initiatives',
  discipline: '/api/disciplines',
  pending_case: '/api/pending-cases',
  maternity_leave: '/api/maternity-leaves',
};

/**
 * "Hồ sơ thành tích": the subject's ratings, awards, initiatives, disciplines, pending cases and maternity
 * leave on one timeline by year, with the forms to keep them for those who hold ledger.write.
 */
export function AchievementFilePanel({ type, id, name }: { type: SubjectType; id: string; name: string }) {
  const { can } = useAuth();
  const writable = can('ledger.write');
  const { message, modal } = App.useApp();
  const invalidate = useInvalidateLedger();
  const [filter, setFilter] = useState<TimelineKind | 'all'>('all');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [revoking, setRevoking] = useState<Award | null>(null);
  const file = useQuery({ queryKey: ledgerKeys.file(type, id), queryFn: () => getAchievementFile(type, id) });
  const remove = useMutation({
    mutationFn: (r: LedgerRecord) => api.delete(`${DELETE_URL[r.kind]}/${r.record.id}`),
    onSuccess: async () => {
      void message.success(m.common.deleted);
      await invalidate();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const index = useMemo(
    () => (file.data ? recordIndex(file.data) : new Map<string, LedgerRecord>()),
    [file.data],
  );
  const kinds = kindsFor(type);

  const years = useMemo(() => {
    const entries = (file.data?.timeline ?? []).filter((e) => filter === 'all' || e.kind === filter);
    const byYear = new Map<number, typeof entries>();
    for (const e of entries) byYear.set(e.year, [...(byYear.get(e.year) ?? []), e]);
    return [...byYear.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([year, list]) => ({
        year,
        list: list.sort(
          (a, b) =>
            TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) ||
            (b.date ?? '').localeCompare(a.date ?? ''),
        ),
      }));
  }, [file.data, filter]);

  if (file.isPending) return <Spin description={m.app.loading} />;
  if (file.error) return <Alert type="error" showIcon title={errorMessage(file.error)} />;
  const f = file.data;

  const addMenu: MenuProps['items'] = [
    { key: 'award', label: m.ledger.addAward },
    { key: 'rating', label: m.ledger.addRating },
    { key: 'initiative', label: m.ledger.addInitiative },
    { key: 'discipline', label: m.ledger.addDiscipline },
    { key: 'pending_case', label: m.ledger.addPending },
    { key: 'maternity_leave', label: m.ledger.addMaternity },
  ].filter((i) => kinds.includes(i.key as TimelineKind) && (type === 'individual' || i.key !== 'initiative'));

  const confirmDelete = (r: LedgerRecord) => {
    modal.confirm({
      title: m.ledger.deleteConfirm,
      content: describeRecord(r).title,
      okText: m.common.delete,
      okButtonProps: { danger: true },
      cancelText: m.common.cancel,
      onOk: () => remove.mutateAsync(r),
    });
  };

  const actionsOf = (r: LedgerRecord): MenuProps['items'] => {
    const items: NonNullable<MenuProps['items']> = [];
    const revokedAward = r.kind === 'award' && r.record.status === 'revoked';
    if (!revokedAward) items.push({ key: 'edit', label: m.common.edit });
    if (r.kind === 'award' && !revokedAward)
      items.push({ key: 'revoke', label: m.ledger.revoke, danger: true });
    if (r.kind === 'pending_case' && r.record.isOpen) items.push({ key: 'close', label: m.ledger.close });
    const used = r.kind === 'initiative' && r.record.usedByAward !== null;
    if (!revokedAward && !used) items.push({ key: 'delete', label: m.common.delete, danger: true });
    return items;
  };

  const act = (r: LedgerRecord, key: string): void => {
    if (key === 'delete') confirmDelete(r);
    else if (key === 'revoke' && r.kind === 'award') setRevoking(r.record);
    else if (key === 'close' && r.kind === 'pending_case')
      setEditing({ kind: 'pending_case', record: r.record, closing: true });
    else setEditing({ kind: r.kind, record: r.record } as Editing);
  };

  const entryView = (e: AchievementFile['timeline'][number]) => {
    const r = index.get(e.id);
    const d = r ? describeRecord(r) : { title: e.label, detail: e.detail ?? '' };
    const revoked = r?.kind === 'award' && r.record.status === 'revoked';
    const items = r && writable ? actionsOf(r) : [];
    return (
      <div
        key={`${e.kind}-${e.id}`}
        className="tdkt-ledger-entry"
        style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 6 }}
      >
        <Tag color={KIND_COLORS[e.kind]} style={{ minWidth: 118, textAlign: 'center' }}>
          {m.ledger.kinds[e.kind]}
        </Tag>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong delete={revoked}>
            {d.title}
          </Typography.Text>
          {r?.kind === 'award' && r.record.commendationType !== 'cong_trang' && (
            <Tag style={{ marginInlineStart: 8 }}>{COMMENDATION_TYPE_LABELS[r.record.commendationType]}</Tag>
          )}
          {revoked && <Tag style={{ marginInlineStart: 8 }}>{AWARD_STATUS_LABELS.revoked}</Tag>}
          {r?.kind === 'pending_case' && r.record.isOpen && (
            <Tag color="orange" style={{ marginInlineStart: 8 }}>
              {m.ledger.open}
            </Tag>
          )}
          {d.detail && (
            <div>
              <Typography.Text type="secondary">{d.detail}</Typography.Text>
            </div>
          )}
          {r?.kind === 'award' && r.record.moneyAmount !== null && (
            <div>
              <Typography.Text type="secondary">
                {m.eligibility.money}: {formatDong(r.record.moneyAmount)}
              </Typography.Text>
            </div>
          )}
          {r?.kind === 'award' && r.record.initiatives.length > 0 && (
            <div>
              <Typography.Text type="secondary">
                {m.ledger.initiativesUsed}: {r.record.initiatives.map((i) => i.title).join('; ')}
              </Typography.Text>
            </div>
          )}
          {r?.kind === 'initiative' && r.record.usedByAward && (
            <div>
              <Typography.Text type="secondary">
                {m.initiatives.usedBy}: {r.record.usedByAward.awardName} ({r.record.usedByAward.countedYear})
              </Typography.Text>
            </div>
          )}
          {revoked && r.record.revokedOn && (
            <div>
              <Typography.Text type="danger">
                {m.ledger.revokedNote(formatDate(r.record.revokedOn), r.record.revokeReason ?? '')}
              </Typography.Text>
            </div>
          )}
        </div>
        {r && items && items.length > 0 && (
          <Dropdown trigger={['click']} menu={{ items, onClick: ({ key }) => act(r, key) }}>
            <Button
              type="text"
              size="small"
              icon={<MoreOutlined />}
              aria-label={`${m.ledger.recordActions}: ${d.title}`}
            />
          </Dropdown>
        )}
      </div>
    );
  };

  const personId = type === 'individual' ? id : '';
  const subject = { type, id };

  return (
    <>
      {f.pendingInvestigation && (
        <Alert type="warning" showIcon title={m.ledger.pendingAlert} style={{ marginBottom: 12 }} />
      )}
      <Card
        size="small"
        title={m.ledger.timeline}
        extra={
          writable && (
            <Dropdown
              trigger={['click']}
              menu={{ items: addMenu, onClick: ({ key }) => setEditing({ kind: key } as Editing) }}
            >
              <Button type="primary" icon={<PlusOutlined />}>
                {m.ledger.add} <DownOutlined />
              </Button>
            </Dropdown>
          )
        }
      >
        <Segmented
          aria-label={m.ledger.filterKind}
          value={filter}
          onChange={(v) => setFilter(v as TimelineKind | 'all')}
          options={[
            { value: 'all', label: m.common.all },
            ...kinds.map((k) => ({ value: k, label: m.ledger.kinds[k] })),
          ]}
          style={{ marginBottom: 16, maxWidth: '100%', overflowX: 'auto' }}
        />
        {years.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.ledger.noRecords} />
        ) : (
          <Timeline
            items={years.map(({ year, list }) => ({
              key: year,
              content: (
                <section aria-label={m.ledger.yearOf(year)}>
                  <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 6px' }}>
                    {year}
                  </Typography.Title>
                  {list.map(entryView)}
                </section>
              ),
            }))}
          />
        )}
      </Card>
      {editing?.kind === 'award' && (
        <AwardModal open file={f} award={editing.record} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'rating' && (
        <RatingModal open subject={subject} rating={editing.record} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'discipline' && (
        <DisciplineModal
          open
          personId={personId}
          discipline={editing.record}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'pending_case' && (
        <PendingCaseModal
          open
          subject={subject}
          pendingCase={editing.record}
          closing={editing.closing}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'maternity_leave' && (
        <MaternityModal open personId={personId} leave={editing.record} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'initiative' && (
        <InitiativeModal
          open
          initiative={editing.record}
          author={type === 'individual' ? { id, fullName: name } : undefined}
          onClose={() => setEditing(null)}
        />
      )}
      <RevokeAwardModal award={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
