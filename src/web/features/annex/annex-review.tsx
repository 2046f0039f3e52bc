import { CheckOutlined, DeleteOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Popconfirm,
  Radio,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { CATALOGUE } from '../../../domain/awards/catalogue';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { PersonSelect } from '../people/person-select';
import {
  type AnnexImport,
  type AnnexRow,
  annexKeys,
  candidateLabel,
  type RowFilter,
  type RowPatch,
  STATUS_COLORS,
} from './annex.api';
import { annexText as t } from './annex.messages';

const INDIVIDUAL_AWARD_OPTIONS = CATALOGUE.filter((e) => e.subjectTypes.includes('individual')).map((e) => ({
  value: e.code,
  label: e.name,
}));
const FILTERS: (RowFilter | 'all')[] = [
  'all',
  'pending',
  'ok',
  'ambiguous',
  'unmatched',
  'unrecognised_award',
  'error',
  'skipped',
];
const PAGE_SIZE = 50;

/** The rows of a session, a page at a time, filtered. */
export function useAnnexRows(session: AnnexImport, filter: RowFilter | 'all', page: number) {
  return useQuery({
    queryKey: annexKeys.page(session.id, filter, page, PAGE_SIZE),
    queryFn: () =>
      api.get<AnnexImport>(`/api/annex-imports/${session.id}`, {
        status: filter === 'all' ? undefined : filter,
        page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}

/** What the sheet said about the person, under the name. */
export function SheetPerson({ row }: { row: AnnexRow }) {
  const c = row.cells;
  const details = [c.position, c.unitName, c.birthDate && t.bornOn(c.birthDate), c.citizenId].filter(Boolean);
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{c.fullName ?? '—'}</Typography.Text>
      {details.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {details.join(' · ')}
        </Typography.Text>
      )}
    </Space>
  );
}

export function Decision({ row }: { row: AnnexRow }) {
  const number = row.decisionNumber ?? row.cells.decisionNumber;
  const date = row.decisionDate ? formatDate(row.decisionDate) : row.cells.decisionDate;
  return (
    <Space orientation="vertical" size={0}>
      <span>{number ?? '—'}</span>
      {date && <Typography.Text type="secondary">{date}</Typography.Text>}
    </Space>
  );
}

/** Step 3: counts, filters, the rows with what to decide on each; commit or discard. */
export function AnnexReview({ session, onDiscarded }: { session: AnnexImport; onDiscarded: () => void }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [filter, setFilter] = useState<RowFilter | 'all'>(session.counts.pending > 0 ? 'pending' : 'all');
  const [page, setPage] = useState(1);
  const rows = useAnnexRows(session, filter, page);
  const counts = session.counts;

  const refresh = () => client.invalidateQueries({ queryKey: annexKeys.session(session.id) });
  const patch = useMutation({
    mutationFn: ({ rowId, body }: { rowId: string; body: RowPatch }) =>
      api.patch<AnnexRow>(`/api/annex-imports/${session.id}/rows/${rowId}`, body),
    onSuccess: () => void refresh(),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const commit = useMutation({
    mutationFn: () => api.post<AnnexImport>(`/api/annex-imports/${session.id}/commit`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: annexKeys.all });
      await client.invalidateQueries({ queryKey: ['people'] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const discard = useMutation({
    mutationFn: () => api.delete(`/api/annex-imports/${session.id}`),
    onSuccess: () => {
      void message.success(t.discarded);
      void client.invalidateQueries({ queryKey: annexKeys.list });
      onDiscarded();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const send = (row: AnnexRow, body: RowPatch) => patch.mutate({ rowId: row.id, body });

  const columns: ColumnsType<AnnexRow> = [
    { key: 'row', title: t.row, dataIndex: 'rowNumber', width: 70 },
    { key: 'sheet', title: t.fullName, render: (_, r) => <SheetPerson row={r} />, width: 220 },
    {
      key: 'award',
      title: t.award,
      width: 260,
      render: (_, r) => (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          {(r.awardName === null || r.awardName !== r.awardText) && (
            <span>{r.awardText ?? r.cells.award ?? '—'}</span>
          )}
          {r.status !== 'error' &&
          !r.skipped &&
          (r.awardCode === null || r.status === 'unrecognised_award') ? (
            <Select
              aria-label={t.chooseAward(r.rowNumber)}
              placeholder={t.chooseAwardPlaceholder}
              value={r.awardCode ?? undefined}
              onChange={(code: string) => send(r, { awardCode: code })}
              showSearch={{ optionFilterProp: 'label' }}
              options={INDIVIDUAL_AWARD_OPTIONS}
              style={{ width: '100%' }}
              popupMatchSelectWidth={false}
            />
          ) : (
            r.awardName && <Tag color="blue">{r.awardName}</Tag>
          )}
        </Space>
      ),
    },
    { key: 'decision', title: t.decision, render: (_, r) => <Decision row={r} />, width: 130 },
    { key: 'year', title: t.evaluationYear, width: 80, render: (_, r) => r.evaluationYear ?? '—' },
    {
      key: 'status',
      title: t.statusColumn,
      width: 150,
      render: (_, r) => (
        <Space orientation="vertical" size={4}>
          <Tag color={STATUS_COLORS[r.status]}>{t.status[r.status]}</Tag>
          {r.skipped && <Tag>{t.skipped}</Tag>}
          {!r.skipped && r.status !== 'error' && !r.pending && r.status !== 'ok' && (
            <Tag color="green" icon={<CheckOutlined />}>
              {t.ready}
            </Tag>
          )}
        </Space>
      ),
    },
    { key: 'person', title: t.person, width: 320, render: (_, r) => <PersonCell row={r} onPick={send} /> },
    {
      key: 'notes',
      title: t.notes,
      width: 260,
      render: (_, r) =>
        r.messages.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {r.messages.map((msg, i) => (
              <li key={i}>{msg}</li>
            ))}
          </ul>
        ),
    },
    {
      key: 'actions',
      title: '',
      width: 110,
      render: (_, r) =>
        r.status === 'error' ? (
          <Typography.Text type="secondary">{t.willNotWrite}</Typography.Text>
        ) : (
          <Button
            size="small"
            aria-label={`${r.skipped ? t.unskip : t.skip} dòng ${r.rowNumber}`}
            onClick={() => send(r, { skip: !r.skipped })}
          >
            {r.skipped ? t.unskip : t.skip}
          </Button>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic title={t.total} value={counts.total} groupSeparator="." />
        <Statistic title={t.ready} value={counts.ready} groupSeparator="." />
        <Statistic
          title={t.pending}
          value={counts.pending}
          groupSeparator="."
          styles={{ content: counts.pending ? { color: '#ad4e00' } : {} }}
        />
        <Statistic title={t.filters.error} value={counts.error} groupSeparator="." />
        <Statistic title={t.skipped} value={counts.skipped} groupSeparator="." />
      </Space>
      {counts.pending > 0 ? (
        <Alert type="warning" showIcon title={t.pendingAlert(counts.pending)} />
      ) : (
        <Alert type="success" showIcon title={t.allResolved} />
      )}
      <Segmented
        aria-label={t.filter}
        value={filter}
        onChange={(v) => {
          setFilter(v);
          setPage(1);
        }}
        options={FILTERS.map((f) => ({
          value: f,
          label: f === 'all' ? `${t.filters.all} (${counts.total})` : `${t.filters[f]} (${counts[f]})`,
        }))}
      />
      <Table
        size="small"
        rowKey="id"
        loading={rows.isFetching}
        dataSource={rows.data?.rows.items}
        columns={columns}
        scroll={{ x: 1660 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: rows.data?.rows.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
      />
      <Space wrap>
        <Popconfirm
          title={t.commitConfirm(counts.ready)}
          description={t.commitHint}
          okText={t.commitOk}
          cancelText={t.cancel}
          onConfirm={() => commit.mutate()}
          disabled={counts.pending > 0}
        >
          <Button type="primary" disabled={counts.pending > 0} loading={commit.isPending}>
            {t.commit}
          </Button>
        </Popconfirm>
        <Popconfirm
          title={t.discardConfirm}
          okText={t.discardOk}
          cancelText={t.keep}
          okButtonProps={{ danger: true }}
          onConfirm={() => discard.mutate()}
        >
          <Button danger icon={<DeleteOutlined />} loading={discard.isPending}>
            {t.discard}
          </Button>
        </Popconfirm>
      </Space>
    </Space>
  );
}

/** Who the row is: the matched person, or the choice to make among candidates / by searching. */
function PersonCell({ row, onPick }: { row: AnnexRow; onPick: (row: AnnexRow, body: RowPatch) => void }) {
  if (row.status === 'error') return null;
  const label = (c: AnnexRow['candidates'][number]) => candidateLabel(c, formatDate, t);
  const choosing = row.status === 'ambiguous' || row.status === 'unmatched';
  if (!choosing && row.person)
    return (
      <Space orientation="vertical" size={0}>
        <Link to={`/ca-nhan/${row.person.personId}`}>{row.person.fullName}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {label(row.person).split(' — ').slice(1).join(' — ')}
          {row.matchHow && ` (${t.matchHow[row.matchHow] ?? row.matchHow})`}
        </Typography.Text>
      </Space>
    );
  const chosenElsewhere =
    row.person && !row.candidates.some((c) => c.personId === row.person!.personId) ? row.person : null;
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      {row.candidates.length > 0 && (
        <Radio.Group
          aria-label={t.pickCandidate(row.rowNumber)}
          value={row.person?.personId}
          disabled={row.skipped}
          onChange={(e) => onPick(row, { personId: String(e.target.value) })}
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={row.candidates.map((c) => ({ value: c.personId, label: label(c) }))}
        />
      )}
      {row.status === 'unmatched' && (
        <>
          {row.candidates.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.otherPerson}
            </Typography.Text>
          )}
          <PersonSelect
            aria-label={t.searchPerson(row.rowNumber)}
            value={chosenElsewhere?.personId ?? null}
            initialLabel={chosenElsewhere ? label(chosenElsewhere) : undefined}
            onChange={(personId) => personId && onPick(row, { personId })}
          />
        </>
      )}
    </Space>
  );
}
