import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  SCORING_DIRECTION_LABELS,
  SCORING_METHOD_LABELS,
  type ScoringItem,
} from '../../../../domain/scoring/types';
import { api, ApiError, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { checkXlsxFile } from '../../../lib/xlsx-file';
import type { BlocDetail } from '../emulation.api';
import { formatDecimal } from '../shared/numbers';
import { type ScoringYear, scoringKeys, scoringPath, type TableVersion } from './scoring.api';
import { st } from './scoring.messages';

type Row = ScoringItem & { key: string; group?: string; children?: Row[] };

function rowsOf(v: TableVersion): Row[] {
  return v.table.groups.map((g) => ({
    key: `g:${g.code}`,
    code: g.code,
    name: g.name,
    group: g.name,
    maxPoints: g.items
      .filter((i) => ['fixed', 'proportional', 'bands'].includes(i.method))
      .reduce((s, i) => s + i.maxPoints, 0),
    direction: 'higher_better',
    method: 'fixed',
    children: g.items.map((i) => ({ ...i, key: `i:${i.code}` })),
  }));
}

/** The year's scoring table (groups → items), its versions, and the Excel template and import. */
export function TableCard({ bloc, year, sy }: { bloc: BlocDetail; year: number; sy: ScoringYear }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [versionNo, setVersionNo] = useState<number | null>(null);
  const shownNo = versionNo ?? sy.table?.versionNo ?? null;
  const other = useQuery({
    queryKey: scoringKeys.version(bloc.id, year, shownNo ?? 0),
    queryFn: () => api.get<TableVersion>(`${scoringPath(bloc.id, year)}/table/versions/${shownNo}`),
    enabled: shownNo !== null && shownNo !== sy.table?.versionNo,
  });
  const shown = shownNo === sy.table?.versionNo ? sy.table : other.data;
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.post<ScoringYear>(`${scoringPath(bloc.id, year)}/table/import`, form);
    },
    onSuccess: async (y) => {
      void message.success(st.imported(y.table?.versionNo ?? 1));
      setVersionNo(null);
      await client.invalidateQueries({ queryKey: ['emulation', 'scoring', bloc.id, year] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const sheetErrors =
    upload.error instanceof ApiError && Array.isArray(upload.error.details)
      ? (upload.error.details as { row?: number; column?: string; message: string }[])
      : [];
  const download = () =>
    api
      .download(`${scoringPath(bloc.id, year)}/table/template`, undefined, `bang-cham-diem-${year}.xlsx`)
      .catch((e: unknown) => {
        void message.error(errorMessage(e));
      });
  const editable = sy.permissions.organise && sy.status !== 'published';
  const total = shown ? rowsOf(shown).reduce((s, g) => s + g.maxPoints, 0) : 0;

  return (
    <Card
      title={
        <Space wrap>
          {st.table}
          {sy.versions.length > 0 && (
            <Select
              aria-label={st.versions}
              size="small"
              value={shownNo}
              onChange={setVersionNo}
              style={{ width: 260 }}
              options={sy.versions.map((v) => ({
                value: v.versionNo,
                label: `${st.tableVersion(v.versionNo)} · ${formatDateTime(v.createdAt)}${v.used ? ` · ${st.versionUsed}` : ''}`,
              }))}
            />
          )}
        </Space>
      }
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void download()}>
            {st.template}
          </Button>
          {editable && (
            <Upload
              accept=".xlsx"
              showUploadList={false}
              beforeUpload={(f) => {
                if (checkXlsxFile(f) !== 'ok') void message.error(st.onlyXlsx);
                else upload.mutate(f);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
                {st.importTable}
              </Button>
            </Upload>
          )}
        </Space>
      }
    >
      {upload.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={sheetErrors.length ? st.importErrors : errorMessage(upload.error)}
          description={
            sheetErrors.length > 0 && (
              <Table
                size="small"
                rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
                pagination={false}
                dataSource={sheetErrors}
                columns={[
                  { title: st.row, dataIndex: 'row', width: 70 },
                  { title: st.column, dataIndex: 'column', width: 160 },
                  { title: st.message, dataIndex: 'message' },
                ]}
              />
            )
          }
        />
      )}
      {!shown ? (
        other.isLoading ? null : (
          <Empty description={st.noTable} />
        )
      ) : (
        <>
          <Typography.Paragraph type="secondary">{st.totalMax(formatDecimal(total))}</Typography.Paragraph>
          <Table<Row>
            size="small"
            rowKey="key"
            pagination={false}
            loading={other.isFetching}
            dataSource={rowsOf(shown)}
            expandable={{ defaultExpandAllRows: true }}
            key={shown.versionNo}
            scroll={{ x: 900 }}
            columns={[
              { title: st.code, dataIndex: 'code', width: 110 },
              {
                title: st.item,
                dataIndex: 'name',
                render: (n: string, r) => (r.children ? <Typography.Text strong>{n}</Typography.Text> : n),
              },
              {
                title: st.maxPoints,
                dataIndex: 'maxPoints',
                width: 110,
                align: 'right',
                render: (v: number) => formatDecimal(v),
              },
              {
                title: st.unit,
                dataIndex: 'unit',
                width: 110,
                render: (u: string | undefined, r) => (r.children ? '' : (u ?? '—')),
              },
              {
                title: st.direction,
                dataIndex: 'direction',
                width: 150,
                render: (d: ScoringItem['direction'], r) => (r.children ? '' : SCORING_DIRECTION_LABELS[d]),
              },
              {
                title: st.method,
                dataIndex: 'method',
                width: 170,
                render: (m: ScoringItem['method'], r) =>
                  r.children ? (
                    ''
                  ) : (
                    <Tag color={m === 'bonus' ? 'green' : m === 'deduction' ? 'red' : 'blue'}>
                      {SCORING_METHOD_LABELS[m]}
                    </Tag>
                  ),
              },
              {
                title: st.evidenceRequired,
                dataIndex: 'evidenceRequired',
                width: 120,
                render: (v: boolean | undefined, r) =>
                  r.children ? '' : v ? <Tag color="orange">Có</Tag> : 'Không',
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
