import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Statistic, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { type AnnexImport, type AnnexRow, OUTCOME_COLORS } from './annex.api';
import { annexText as t } from './annex.messages';
import { Decision, SheetPerson, useAnnexRows } from './annex-review';

/** Step 4: what the commit wrote, and a link to each person's file. */
export function AnnexResult({ session, onAgain }: { session: AnnexImport; onAgain: () => void }) {
  const [page, setPage] = useState(1);
  const rows = useAnnexRows(session, 'all', page);
  const r = session.result ?? { written: 0, duplicates: 0, skipped: 0, errors: 0 };
  const columns: ColumnsType<AnnexRow> = [
    { key: 'row', title: t.row, dataIndex: 'rowNumber', width: 70 },
    { key: 'sheet', title: t.fullName, render: (_, row) => <SheetPerson row={row} /> },
    {
      key: 'award',
      title: t.award,
      render: (_, row) => row.awardName ?? row.awardText ?? '—',
    },
    { key: 'decision', title: t.decision, width: 130, render: (_, row) => <Decision row={row} /> },
    { key: 'year', title: t.evaluationYear, width: 80, render: (_, row) => row.evaluationYear ?? '—' },
    {
      key: 'outcome',
      title: t.outcome,
      width: 260,
      render: (_, row) =>
        row.outcome && (
          <Space orientation="vertical" size={0}>
            <Tag color={OUTCOME_COLORS[row.outcome]}>{t.outcomes[row.outcome]}</Tag>
            {row.outcomeMessage && <span style={{ fontSize: 12 }}>{row.outcomeMessage}</span>}
          </Space>
        ),
    },
    {
      key: 'person',
      title: t.person,
      width: 220,
      render: (_, row) =>
        row.person && (
          <Link
            to={`/ca-nhan/${row.person.personId}?tab=ho-so`}
            aria-label={`${t.viewPerson} ${row.person.fullName}`}
          >
            {row.person.fullName}
          </Link>
        ),
    },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Alert
        type="success"
        showIcon
        title={t.committedTitle}
        description={`${session.filename} — ${formatDateTime(session.committedAt)}`}
      />
      <Space size="large" wrap>
        <Statistic title={t.written} value={r.written} groupSeparator="." />
        <Statistic title={t.duplicates} value={r.duplicates} groupSeparator="." />
        <Statistic title={t.skippedCount} value={r.skipped} groupSeparator="." />
        <Statistic title={t.errors} value={r.errors} groupSeparator="." />
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={rows.isFetching}
        dataSource={rows.data?.rows.items}
        columns={columns}
        pagination={{
          current: page,
          pageSize: 50,
          total: rows.data?.rows.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
      />
      <Button icon={<ReloadOutlined />} onClick={onAgain}>
        {t.again}
      </Button>
    </Space>
  );
}
