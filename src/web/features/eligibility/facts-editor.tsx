import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  type FormInstance,
} from 'antd';
import { INITIATIVE_SCOPE_LABELS, INITIATIVE_SCOPES, type SubjectType } from '../../../domain/awards/types';
import { currentYear } from '../../lib/dates';
import { m } from '../../lib/messages';
import type { FactsValues } from './facts';
import { AwardSelect } from '../catalogue/award-select';
import {
  COMMENDATION_TYPE_OPTIONS,
  DateInput,
  DISCIPLINE_FORM_OPTIONS,
  RATING_OPTIONS,
} from '../ledger/ledger-forms';

const SCOPE_OPTIONS = INITIATIVE_SCOPES.map((s) => ({ value: s, label: INITIATIVE_SCOPE_LABELS[s] }));
const SHORT_RATINGS = RATING_OPTIONS.map((o) => ({ value: o.value, label: o.value, title: o.label }));

interface Column {
  key: string;
  title: string;
  width?: number;
  /** The cell of row `index` (a Form.Item named [name, field]). */
  cell: (name: number, index: number) => React.ReactNode;
}

/** A Form.List as a compact editable table: one row per item, a delete button, an add button. */
function FactTable({
  name,
  columns,
  newRow,
  extra,
  pageSize,
}: {
  name: keyof FactsValues;
  columns: Column[];
  newRow: () => object;
  extra?: (add: (row: object) => void) => React.ReactNode;
  pageSize?: number;
}) {
  return (
    <Form.List name={['facts', name]}>
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            dataSource={fields}
            pagination={pageSize && fields.length > pageSize ? { pageSize, size: 'small' } : false}
            locale={{ emptyText: m.app.empty }}
            scroll={{ x: 'max-content' }}
            columns={[
              ...columns.map((c) => ({
                key: c.key,
                title: c.title,
                width: c.width,
                render: (_: unknown, field: { name: number }, index: number) => c.cell(field.name, index),
              })),
              {
                key: 'remove',
                width: 48,
                render: (_: unknown, field: { name: number }, index: number) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${m.simulator.removeRow} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Space wrap style={{ marginTop: 8 }}>
            <Button size="small" icon={<PlusOutlined />} onClick={() => add(newRow())}>
              {m.simulator.addRow}
            </Button>
            {extra?.((row) => add(row))}
          </Space>
        </>
      )}
    </Form.List>
  );
}

const cellItem = (name: number, field: string, child: React.ReactNode, rules?: object[]) => (
  <Form.Item name={[name, field]} style={{ margin: 0 }} rules={rules as never}>
    {child}
  </Form.Item>
);

/** The tabs of facts the engine reads, per subject type (members only for collectives). */
export function FactsEditor({ form, subjectType }: { form: FormInstance; subjectType: SubjectType }) {
  const year = (Form.useWatch('evaluationYear', form) as number | null | undefined) ?? currentYear() - 1;
  const facts = (Form.useWatch('facts', form) as Partial<FactsValues> | undefined) ?? {};
  const count = (label: string, list: unknown[] | undefined) =>
    list?.length ? `${label} (${list.length})` : label;
  const required = (label: string) => [{ required: true, message: m.common.required(label) }];

  const ratings = (
    <FactTable
      name="ratings"
      newRow={() => ({ year, rating: 'HTT' })}
      extra={(add) => (
        <Button
          size="small"
          onClick={() => {
            const have = new Set((facts.ratings ?? []).map((r) => r.year));
            for (const y of [year - 2, year - 1, year]) if (!have.has(y)) add({ year: y, rating: 'HTXS' });
          }}
        >
          {m.simulator.addYears}
        </Button>
      )}
      columns={[
        {
          key: 'year',
          title: m.simulator.year,
          width: 110,
          cell: (n, i) =>
            cellItem(
              n,
              'year',
              <InputNumber
                aria-label={`${m.simulator.year} ${i + 1}`}
                controls={false}
                style={{ width: 90 }}
              />,
              required(m.simulator.year),
            ),
        },
        {
          key: 'rating',
          title: m.simulator.rating,
          width: 130,
          cell: (n, i) =>
            cellItem(
              n,
              'rating',
              <Select
                aria-label={`${m.simulator.rating} ${i + 1}`}
                options={SHORT_RATINGS}
                style={{ width: 110 }}
              />,
              required(m.simulator.rating),
            ),
        },
      ]}
    />
  );

  const awards = (
    <FactTable
      name="awards"
      newRow={() => ({ code: null, year, type: 'cong_trang' })}
      columns={[
        {
          key: 'code',
          title: m.simulator.code,
          cell: (n, i) =>
            cellItem(
              n,
              'code',
              <AwardSelect
                subjectType={subjectType}
                aria-label={`${m.simulator.code} ${i + 1}`}
                style={{ width: 280 }}
              />,
              required(m.simulator.code),
            ),
        },
        {
          key: 'year',
          title: m.simulator.year,
          width: 100,
          cell: (n, i) =>
            cellItem(
              n,
              'year',
              <InputNumber
                aria-label={`${m.simulator.year} ${i + 1}`}
                controls={false}
                style={{ width: 80 }}
              />,
              required(m.simulator.year),
            ),
        },
        {
          key: 'type',
          title: m.simulator.type,
          cell: (n, i) =>
            cellItem(
              n,
              'type',
              <Select
                aria-label={`${m.simulator.type} ${i + 1}`}
                options={COMMENDATION_TYPE_OPTIONS}
                style={{ width: 230 }}
                popupMatchSelectWidth={false}
              />,
            ),
        },
      ]}
    />
  );

  const initiatives = (
    <FactTable
      name="initiatives"
      newRow={() => ({
        id: `SK-${(facts.initiatives?.length ?? 0) + 1}`,
        scope: 'co_so',
        recognizedOn: null,
        usedByAward: null,
      })}
      columns={[
        {
          key: 'id',
          title: m.simulator.initiativeId,
          width: 120,
          cell: (n, i) =>
            cellItem(
              n,
              'id',
              <Input aria-label={`${m.simulator.initiativeId} ${i + 1}`} style={{ width: 100 }} />,
              required(m.simulator.initiativeId),
            ),
        },
        {
          key: 'scope',
          title: m.simulator.scope,
          cell: (n, i) =>
            cellItem(
              n,
              'scope',
              <Select
                aria-label={`${m.simulator.scope} ${i + 1}`}
                options={SCOPE_OPTIONS}
                style={{ width: 220 }}
              />,
            ),
        },
        {
          key: 'recognizedOn',
          title: m.simulator.recognizedOn,
          cell: (n, i) =>
            cellItem(
              n,
              'recognizedOn',
              <DateInput label={`${m.simulator.recognizedOn} ${i + 1}`} />,
              required(m.simulator.recognizedOn),
            ),
        },
        {
          key: 'used',
          title: m.simulator.usedByAward,
          cell: (n, i) =>
            cellItem(
              n,
              'usedByAward',
              <Input
                aria-label={`${m.simulator.usedByAward} ${i + 1}`}
                placeholder={m.simulator.usedByAwardPlaceholder}
                style={{ width: 170 }}
              />,
            ),
        },
      ]}
    />
  );

  const disciplines = (
    <FactTable
      name="disciplines"
      newRow={() => ({ form: 'khien_trach', from: null, to: null })}
      columns={[
        {
          key: 'form',
          title: m.simulator.form,
          cell: (n, i) =>
            cellItem(
              n,
              'form',
              <Select
                aria-label={`${m.simulator.form} ${i + 1}`}
                options={DISCIPLINE_FORM_OPTIONS}
                style={{ width: 170 }}
              />,
              required(m.simulator.form),
            ),
        },
        {
          key: 'from',
          title: m.simulator.from,
          cell: (n, i) =>
            cellItem(
              n,
              'from',
              <DateInput label={`${m.simulator.from} ${i + 1}`} />,
              required(m.simulator.from),
            ),
        },
        {
          key: 'to',
          title: m.simulator.to,
          cell: (n, i) => cellItem(n, 'to', <DateInput label={`${m.simulator.to} ${i + 1}`} />),
        },
      ]}
    />
  );

  const leaves = (
    <FactTable
      name="maternityLeaves"
      newRow={() => ({ from: null, to: null })}
      columns={[
        {
          key: 'from',
          title: m.simulator.from,
          cell: (n, i) =>
            cellItem(
              n,
              'from',
              <DateInput label={`${m.simulator.from} ${i + 1}`} />,
              required(m.simulator.from),
            ),
        },
        {
          key: 'to',
          title: m.simulator.to,
          cell: (n, i) =>
            cellItem(n, 'to', <DateInput label={`${m.simulator.to} ${i + 1}`} />, required(m.simulator.to)),
        },
      ]}
    />
  );

  const members = (
    <FactTable
      name="members"
      pageSize={10}
      newRow={() => ({ rating: 'HTT', titles: [], disciplineForm: null })}
      extra={(add) => (
        <Button
          size="small"
          onClick={() => {
            for (let i = 0; i < 10; i++)
              add({ rating: 'HTT', titles: ['lao_dong_tien_tien'], disciplineForm: null });
          }}
        >
          {m.simulator.addMembers}
        </Button>
      )}
      columns={[
        { key: 'no', title: '#', width: 48, cell: (_n, i) => i + 1 },
        {
          key: 'rating',
          title: m.simulator.rating,
          width: 120,
          cell: (n, i) =>
            cellItem(
              n,
              'rating',
              <Select
                aria-label={`${m.simulator.rating} ${i + 1}`}
                options={SHORT_RATINGS}
                allowClear
                style={{ width: 100 }}
              />,
            ),
        },
        {
          key: 'titles',
          title: m.simulator.titles,
          cell: (n, i) =>
            cellItem(
              n,
              'titles',
              <AwardSelect
                mode="multiple"
                subjectType="individual"
                aria-label={`${m.simulator.titles} ${i + 1}`}
                style={{ width: 320 }}
              />,
            ),
        },
        {
          key: 'discipline',
          title: m.simulator.form,
          cell: (n, i) =>
            cellItem(
              n,
              'disciplineForm',
              <Select
                aria-label={`${m.simulator.form} ${i + 1}`}
                options={DISCIPLINE_FORM_OPTIONS}
                allowClear
                style={{ width: 160 }}
              />,
            ),
        },
      ]}
    />
  );

  const other = (
    <div>
      <Form.Item name={['facts', 'pendingInvestigation']} valuePropName="checked" label={m.simulator.pending}>
        <Switch aria-label={m.simulator.pending} />
      </Form.Item>
      <Space wrap size="large">
        {subjectType === 'individual' && (
          <Form.Item name={['facts', 'recruitedOn']} label={m.simulator.recruitedOn}>
            <DateInput label={m.simulator.recruitedOn} />
          </Form.Item>
        )}
        <Form.Item name={['facts', 'movementYears']} label={m.simulator.movementYears}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        {subjectType === 'collective' && (
          <Form.Item
            name={['facts', 'isBlocLeader']}
            valuePropName="checked"
            label={m.simulator.isBlocLeader}
          >
            <Switch aria-label={m.simulator.isBlocLeader} />
          </Form.Item>
        )}
      </Space>
    </div>
  );

  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'ratings',
          label: count(m.simulator.ratings, facts.ratings),
          children: ratings,
          forceRender: true,
        },
        {
          key: 'awards',
          label: count(m.simulator.awards, facts.awards),
          children: awards,
          forceRender: true,
        },
        ...(subjectType === 'individual'
          ? [
              {
                key: 'initiatives',
                label: count(m.simulator.initiatives, facts.initiatives),
                children: initiatives,
                forceRender: true,
              },
              {
                key: 'disciplines',
                label: count(m.simulator.disciplines, facts.disciplines),
                children: disciplines,
                forceRender: true,
              },
              {
                key: 'leaves',
                label: count(m.simulator.maternityLeaves, facts.maternityLeaves),
                children: leaves,
                forceRender: true,
              },
            ]
          : []),
        ...(subjectType === 'collective'
          ? [
              {
                key: 'members',
                label: count(m.simulator.members, facts.members),
                children: members,
                forceRender: true,
              },
            ]
          : []),
        { key: 'other', label: m.simulator.other, children: other, forceRender: true },
      ]}
    />
  );
}
