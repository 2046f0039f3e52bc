import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Input, Select, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AwardGroup } from '../../../domain/awards/catalogue';
import type { SubjectType } from '../../../domain/awards/types';
import { PageHeader } from '../../app/page-header';
import { errorMessage } from '../../lib/api';
import { m } from '../../lib/messages';
import { searchText } from './award-select';
import { ConfidenceTag } from './confidence-tag';
import {
  catalogueKeys,
  formatCoefficient,
  getCatalogue,
  getCatalogueDetail,
  type CatalogueItem,
  type CatalogueList,
} from './catalogue.api';
import { CommendationTypesTab, RuleSetsTab } from './rule-sets-tab';

/** The coefficients of every rule set and the ballot threshold of one entry, read when its row opens. */
function EntryDetail({ item, list }: { item: CatalogueItem; list: CatalogueList }) {
  const detail = useQuery({
    queryKey: catalogueKeys.detail(item.code),
    queryFn: () => getCatalogueDetail(item.code),
    staleTime: Infinity,
  });
  const label = (codes: { code: string; label: string }[], code: string) =>
    codes.find((c) => c.code === code)?.label ?? code;
  const typeName = (code: string) => list.commendationTypes.find((t) => t.code === code)?.name ?? code;
  return (
    <div style={{ padding: '4px 8px' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'code', label: m.catalogue.code, children: <code>{item.code}</code> },
          ...(item.otherNames.length
            ? [{ key: 'other', label: m.catalogue.otherNames, children: item.otherNames.join('; ') }]
            : []),
          ...(item.subjectNote
            ? [{ key: 'sn', label: m.catalogue.subjectNote, children: item.subjectNote }]
            : []),
          {
            key: 'types',
            label: m.catalogue.commendationTypes,
            children: item.commendationTypes.map(typeName).join('; '),
          },
          {
            key: 'ladder',
            label: m.catalogue.meritLadder,
            children: item.meritLadder ? m.common.yes : m.common.no,
          },
          {
            key: 'insignia',
            label: m.catalogue.insignia,
            children: (
              <>
                {item.insignia.map((i) => label(list.insignia, i)).join('; ') || m.common.dash}{' '}
                <ConfidenceTag tag={item.insigniaConfidence} />
              </>
            ),
          },
          ...(item.note ? [{ key: 'note', label: m.catalogue.note, children: item.note }] : []),
        ]}
      />
      {detail.isPending && <Spin size="small" />}
      {detail.error && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {detail.data && (
        <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
          {m.catalogue.coefficients}
        </Typography.Text>
      )}
      {detail.data && (
        <Table
          size="small"
          rowKey="ruleSet"
          pagination={false}
          style={{ marginTop: 8, maxWidth: 900 }}
          dataSource={detail.data.coefficients.map((c) => ({
            ...c,
            ballot: detail.data.ballot.find((b) => b.ruleSet === c.ruleSet),
          }))}
          columns={[
            { key: 'rs', title: m.catalogue.ruleSets, dataIndex: 'ruleSet', width: 100 },
            {
              key: 'i',
              title: m.catalogue.individual,
              render: (_, c) => formatCoefficient(c.individual),
            },
            { key: 'c', title: m.catalogue.collective, render: (_, c) => formatCoefficient(c.collective) },
            { key: 'h', title: m.catalogue.household, render: (_, c) => formatCoefficient(c.household) },
            {
              key: 'b',
              title: m.catalogue.ballot,
              render: (_, c) =>
                c.ballot?.thresholdPercent
                  ? m.catalogue.ballotOf(c.ballot.thresholdPercent)
                  : m.catalogue.noBallot,
            },
            {
              key: 'cit',
              title: m.catalogue.citation,
              render: (_, c) => (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.citation ?? m.common.dash} {c.confidence && <ConfidenceTag tag={c.confidence} />}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

function CatalogueTab({ list }: { list: CatalogueList }) {
  const [search, setSearch] = useState('');
  const [group, setGroup] = useState<AwardGroup | undefined>();
  const [subject, setSubject] = useState<SubjectType | undefined>();
  const periods = useMemo(() => new Map(list.periods.map((c) => [c.code, c.label])), [list]);
  const subjects = useMemo(() => new Map(list.subjectTypes.map((c) => [c.code, c.label])), [list]);
  const items = useMemo(() => {
    const q = searchText(search);
    return list.items.filter(
      (e) =>
        (!group || e.group === group) &&
        (!subject || e.subjectTypes.includes(subject)) &&
        (!q || searchText([e.name, ...e.otherNames, e.code].join(' ')).includes(q)),
    );
  }, [list, search, group, subject]);

  return (
    <>
      <div className="tdkt-filters" role="search">
        <Input.Search
          aria-label={m.catalogue.search}
          placeholder={m.catalogue.searchPlaceholder}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 280 }}
        />
        <Select
          aria-label={m.catalogue.filterGroup}
          placeholder={m.catalogue.group}
          allowClear
          value={group}
          onChange={(v: AwardGroup | undefined) => setGroup(v)}
          options={list.groups.map((g) => ({ value: g.code, label: g.label }))}
          style={{ width: 240 }}
        />
        <Select
          aria-label={m.catalogue.filterSubject}
          placeholder={m.catalogue.subjectType}
          allowClear
          value={subject}
          onChange={(v: SubjectType | undefined) => setSubject(v)}
          options={list.subjectTypes.map((g) => ({ value: g.code, label: g.label }))}
          style={{ width: 180 }}
        />
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          {m.catalogue.count(items.length, list.total)}
        </Typography.Text>
      </div>
      <Table<CatalogueItem>
        rowKey="code"
        size="small"
        dataSource={items}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
        scroll={{ x: 1080 }}
        locale={{ emptyText: m.app.empty }}
        expandable={{
          expandedRowRender: (item) => <EntryDetail item={item} list={list} />,
          expandRowByClick: true,
        }}
        columns={[
          {
            key: 'name',
            title: m.catalogue.name,
            width: 240,
            render: (_, e) => (
              <div>
                <Typography.Text strong>{e.name}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {e.groupLabel}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          {
            key: 'subjects',
            title: m.catalogue.subjectType,
            width: 110,
            render: (_, e) => e.subjectTypes.map((s) => <Tag key={s}>{subjects.get(s)}</Tag>),
          },
          {
            key: 'authority',
            title: m.catalogue.authority,
            render: (_, e) => <span style={{ fontSize: 13 }}>{e.authorityLabel}</span>,
          },
          {
            key: 'period',
            title: m.catalogue.period,
            width: 140,
            render: (_, e) => e.periods.map((p) => periods.get(p) ?? p).join('; '),
          },
          {
            key: 'citation',
            title: m.catalogue.citation,
            width: 240,
            render: (_, e) => <span style={{ fontSize: 13 }}>{e.citation}</span>,
          },
          {
            key: 'conf',
            title: m.catalogue.confidence,
            width: 86,
            render: (_, e) => <ConfidenceTag tag={e.confidence} />,
          },
        ]}
      />
    </>
  );
}

/** /danh-muc-khen-thuong: the catalogue, the rule sets and the commendation types (public law data). */
export default function CataloguePage() {
  const [params, setParams] = useSearchParams();
  const catalogue = useQuery({ queryKey: catalogueKeys.list, queryFn: getCatalogue, staleTime: Infinity });
  const tab = params.get('tab') ?? 'danh-muc';
  return (
    <>
      <PageHeader title={m.catalogue.title} />
      {catalogue.error && <Alert type="error" showIcon title={errorMessage(catalogue.error)} />}
      {catalogue.isPending ? (
        <Spin description={m.app.loading} />
      ) : catalogue.data ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'danh-muc' ? {} : { tab: key }, { replace: true })}
          items={[
            {
              key: 'danh-muc',
              label: m.catalogue.tabCatalogue,
              children: <CatalogueTab list={catalogue.data} />,
            },
            { key: 'bo-quy-dinh', label: m.catalogue.tabRuleSets, children: <RuleSetsTab /> },
            {
              key: 'loai-hinh',
              label: m.catalogue.tabTypes,
              children: <CommendationTypesTab list={catalogue.data} />,
            },
          ]}
        />
      ) : null}
    </>
  );
}
