import { SaveOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  InputNumber,
  Popover,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import type { ScoringItem } from '../../../../domain/scoring/types';
import { api, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import type { BlocDetail } from '../emulation.api';
import { AttachmentList } from '../shared/attachments';
import { formatDecimal } from '../shared/numbers';
import { ReasonModal } from './reason-modal';
import { type Entries, type Entry, type ScoringYear, scoringKeys, scoringPath } from './scoring.api';
import { st } from './scoring.messages';

type Figures = Pick<Entry, 'plan' | 'actual' | 'achieved' | 'count'>;
type Row = ScoringItem & { entry?: Entry };

const FIELD_LABELS: Record<string, string> = {
  plan: st.plan,
  actual: st.actual,
  achieved: st.achieved,
  count: st.count,
};
const show = (v: number | boolean | null) =>
  v === null ? '—' : typeof v === 'boolean' ? (v ? 'Đạt' : 'Không đạt') : formatDecimal(v);

/** Targets and results of one member: plan, actual (or achieved, count), % of plan, evidence, cross-check trail. */
export function EntriesCard({ bloc, year, sy }: { bloc: BlocDetail; year: number; sy: ScoringYear }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const entries = useQuery({
    queryKey: scoringKeys.entries(bloc.id, year),
    queryFn: () => api.get<Entries>(`${scoringPath(bloc.id, year)}/entries`),
    enabled: Boolean(sy.table),
  });
  const members = entries.data?.members ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const unitId =
    picked ??
    sy.permissions.selfScoreUnitIds.find((id) => members.some((m) => m.unit.id === id)) ??
    members[0]?.unit.id ??
    null;
  const member = members.find((m) => m.unit.id === unitId);
  const [draft, setDraft] = useState<Record<string, Partial<Figures>>>({});
  const [asking, setAsking] = useState(false);
  const items: Row[] = useMemo(() => {
    const byCode = new Map(member?.entries.map((e) => [e.itemCode, e]));
    return (sy.table?.table.groups ?? []).flatMap((g) =>
      g.items.map((i) => ({ ...i, entry: byCode.get(i.code) })),
    );
  }, [sy.table, member]);
  const refresh = () => client.invalidateQueries({ queryKey: ['emulation', 'scoring', bloc.id, year] });

  const canPlan = sy.permissions.organise && (sy.status === 'draft' || sy.status === 'self_scoring');
  const crossCheck = sy.status === 'cross_checking' && sy.permissions.crossCheck;
  const canResult =
    unitId !== null &&
    ((sy.status === 'self_scoring' && sy.permissions.selfScoreUnitIds.includes(unitId)) || crossCheck);
  const value = (r: Row, f: keyof Figures) =>
    f in (draft[r.code] ?? {}) ? draft[r.code]![f] : (r.entry?.[f] ?? null);
  const setValue = (code: string, f: keyof Figures, v: number | boolean | null) =>
    setDraft((d) => ({ ...d, [code]: { ...d[code], [f]: v } }));
  const changed = (fields: (keyof Figures)[]) =>
    items.filter((r) =>
      fields.some((f) => f in (draft[r.code] ?? {}) && draft[r.code]![f] !== (r.entry?.[f] ?? null)),
    );

  const savePlans = useMutation({
    mutationFn: () =>
      api.put(`${scoringPath(bloc.id, year)}/targets`, {
        targets: changed(['plan']).map((r) => ({ unitId, itemCode: r.code, plan: value(r, 'plan') })),
      }),
    onSuccess: async () => {
      void message.success(st.plansSaved);
      setDraft((d) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, { ...v, plan: undefined }])));
      await refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const saveResults = useMutation({
    mutationFn: (reason?: string) =>
      api.put(`${scoringPath(bloc.id, year)}/results/${unitId}`, {
        results: changed(['actual', 'achieved', 'count']).map((r) => ({
          itemCode: r.code,
          actual: value(r, 'actual'),
          achieved: value(r, 'achieved'),
          count: value(r, 'count'),
        })),
        reason,
      }),
    onSuccess: async () => {
      void message.success(st.resultsSaved);
      setDraft({});
      setAsking(false);
      await refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const submitResults = () => {
    if (!changed(['actual', 'achieved', 'count']).length) return void message.info(st.noChanges);
    if (crossCheck) setAsking(true);
    else saveResults.mutate(undefined);
  };
  const submitPlans = () => (changed(['plan']).length ? savePlans.mutate() : void message.info(st.noChanges));
  const number = (r: Row, f: 'plan' | 'actual' | 'count', editable: boolean) =>
    editable ? (
      <InputNumber
        aria-label={`${FIELD_LABELS[f]} ${r.code}`}
        size="small"
        min={0}
        precision={f === 'count' ? 0 : undefined}
        decimalSeparator=","
        value={value(r, f) as number | null}
        onChange={(v) => setValue(r.code, f, v ?? null)}
        style={{ width: 110 }}
      />
    ) : (
      show(value(r, f) as number | null)
    );

  if (!sy.table) return <Empty description={st.noTable} />;
  return (
    <Card
      title={
        <Space wrap>
          {st.member}
          <Select
            aria-label={st.member}
            value={unitId}
            onChange={(v: string) => {
              setPicked(v);
              setDraft({});
            }}
            style={{ width: 280 }}
            options={members.map((m) => ({ value: m.unit.id, label: m.unit.name }))}
          />
        </Space>
      }
      extra={
        <Space wrap>
          {canPlan && (
            <Button icon={<SaveOutlined />} loading={savePlans.isPending} onClick={submitPlans}>
              {st.savePlans}
            </Button>
          )}
          {canResult && (
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saveResults.isPending}
              onClick={submitResults}
            >
              {st.saveResults}
            </Button>
          )}
        </Space>
      }
    >
      {entries.error && <Alert type="error" showIcon title={errorMessage(entries.error)} />}
      {member && !canResult && !canPlan && (
        <Alert type="info" showIcon title={st.readOnly} style={{ marginBottom: 12 }} />
      )}
      <Table<Row>
        size="small"
        rowKey="code"
        loading={entries.isFetching}
        pagination={false}
        dataSource={member ? items : []}
        scroll={{ x: 1100 }}
        columns={[
          { title: st.code, dataIndex: 'code', width: 80, fixed: 'left' },
          {
            title: st.item,
            dataIndex: 'name',
            width: 260,
            render: (n: string, r) => (
              <>
                {n}
                {r.unit && <Typography.Text type="secondary"> ({r.unit})</Typography.Text>}
              </>
            ),
          },
          {
            title: st.maxPoints,
            dataIndex: 'maxPoints',
            width: 90,
            align: 'right',
            render: (v: number) => formatDecimal(v),
          },
          {
            title: st.plan,
            key: 'plan',
            width: 130,
            render: (_, r) =>
              r.method === 'fixed' || r.method === 'deduction' ? '—' : number(r, 'plan', canPlan),
          },
          {
            title: st.actual,
            key: 'actual',
            width: 150,
            render: (_, r) =>
              r.method === 'fixed' ? (
                canResult ? (
                  <Switch
                    aria-label={`${st.achieved} ${r.code}`}
                    checkedChildren="Đạt"
                    unCheckedChildren="Chưa"
                    checked={value(r, 'achieved') === true}
                    onChange={(v) => setValue(r.code, 'achieved', v)}
                  />
                ) : (
                  show(value(r, 'achieved') as boolean | null)
                )
              ) : r.method === 'deduction' ? (
                number(r, 'count', canResult)
              ) : (
                number(r, 'actual', canResult)
              ),
          },
          {
            title: st.percent,
            key: 'pct',
            width: 120,
            align: 'right',
            render: (_, r) => r.entry?.percentLabel ?? '—',
          },
          {
            title: st.evidence,
            key: 'evidence',
            width: 280,
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                {r.evidenceRequired && !r.entry?.evidence.length && (
                  <Typography.Text type="warning" style={{ fontSize: 12 }}>
                    <WarningOutlined /> {st.missingEvidence}
                  </Typography.Text>
                )}
                <AttachmentList
                  items={r.entry?.evidence ?? []}
                  uploadUrl={`${scoringPath(bloc.id, year)}/results/${unitId}/items/${encodeURIComponent(r.code)}/evidence`}
                  fileBase="/api/emulation/scoring-evidence"
                  writable={canResult}
                  onChanged={() => void refresh()}
                />
              </Space>
            ),
          },
          {
            title: st.adjustments,
            key: 'adj',
            width: 110,
            render: (_, r) =>
              r.entry?.adjustments.length ? (
                <Popover
                  title={st.adjustments}
                  content={
                    <div style={{ maxWidth: 420 }}>
                      {r.entry.adjustments.map((a, i) => (
                        <div key={i} style={{ marginBottom: 6 }}>
                          {st.adjustmentLine(
                            FIELD_LABELS[a.field] ?? a.field,
                            show(a.before),
                            show(a.after),
                            a.reason,
                          )}
                          <div>
                            <Typography.Text type="secondary">
                              {a.by} · {formatDateTime(a.at)}
                            </Typography.Text>
                          </div>
                        </div>
                      ))}
                    </div>
                  }
                >
                  <Tooltip title={st.adjustments}>
                    <Tag color="purple" style={{ cursor: 'pointer' }}>
                      {r.entry.adjustments.length}
                    </Tag>
                  </Tooltip>
                </Popover>
              ) : null,
          },
        ]}
      />
      {asking && (
        <ReasonModal
          title={st.reasonTitle}
          loading={saveResults.isPending}
          onCancel={() => setAsking(false)}
          onOk={(reason) => saveResults.mutate(reason)}
        />
      )}
    </Card>
  );
}
