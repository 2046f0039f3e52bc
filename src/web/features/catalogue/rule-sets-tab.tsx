import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Collapse, Descriptions, Spin, Table, Tag, Typography } from 'antd';
import { AWARD_GROUP_LABELS, awardName } from '../../../domain/awards/catalogue';
import { errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { m } from '../../lib/messages';
import { ConfidenceTag } from './confidence-tag';
import {
  catalogueKeys,
  formatCoefficient,
  formatDong,
  getRuleSets,
  type CatalogueList,
  type CoefficientView,
  type RuleSetView,
} from './catalogue.api';

function RuleSetCard({ rs }: { rs: RuleSetView }) {
  const validity = m.catalogue.validRange(
    formatDate(rs.validFrom),
    rs.validTo ? formatDate(rs.validTo) : null,
  );
  return (
    <Card
      size="small"
      title={
        <span>
          <Tag color="red">{rs.id}</Tag> {rs.name}
        </span>
      }
      extra={<Typography.Text type="secondary">{validity}</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'valid', label: m.catalogue.validity, children: validity },
          {
            key: 'components',
            label: m.catalogue.components,
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {rs.components.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            ),
          },
          {
            key: 'money',
            label: m.catalogue.moneyRules,
            children: (
              <div>
                <div>{rs.money.principleCitation}</div>
                <div>
                  {m.catalogue.rounding}: {rs.money.rounding}
                </div>
                <div>
                  {m.catalogue.householdMultiplier}:{' '}
                  {m.catalogue.householdMultiplierText(formatCoefficient(rs.money.householdMultiplier))} (
                  {rs.money.householdCitation})
                </div>
                <div>
                  {m.catalogue.orderCollective}:{' '}
                  {m.catalogue.orderCollectiveText(rs.money.orderCollectiveMultiplier)} (
                  {rs.money.orderCollectiveCitation})
                </div>
              </div>
            ),
          },
          {
            key: 'council',
            label: m.catalogue.council,
            children: (
              <div>
                <div>
                  {m.catalogue.thresholds}:{' '}
                  {rs.council.thresholds.map((t) => `${t.name} ${t.percent}%`).join('; ')}{' '}
                  <ConfidenceTag tag={rs.council.confidence} />
                </div>
                <div>
                  {m.catalogue.otherForms}: {rs.council.otherForms}
                </div>
                <div>
                  {m.catalogue.quorum}:{' '}
                  {m.catalogue.quorumText(
                    rs.council.awardSessionQuorumPercent,
                    rs.council.generalQuorum,
                    rs.council.maxBallotRounds,
                  )}{' '}
                  <ConfidenceTag tag={rs.council.localRulesConfidence} />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {rs.council.citation}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'publicity',
            label: m.catalogue.publicity,
            children: (
              <div>
                {m.catalogue.publicityText(rs.publicity.defaultWorkingDays)}:{' '}
                {rs.publicity.groups.map((g) => AWARD_GROUP_LABELS[g]).join(', ')}
                {rs.publicity.codes.length ? ', ' : ''}
                {rs.publicity.codes.map(awardName).join(', ')} <ConfidenceTag tag={rs.publicity.confidence} />
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {rs.publicity.citation}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          ...(rs.pendingChanges.length
            ? [
                {
                  key: 'pending',
                  label: m.catalogue.pendingChanges,
                  children: (
                    <div>
                      <Alert
                        type="warning"
                        showIcon
                        title={m.catalogue.pendingChangesHint}
                        style={{ marginBottom: 8 }}
                      />
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {rs.pendingChanges.map((c) => (
                          <li key={c.description}>
                            {c.description} <ConfidenceTag tag={c.confidence} />
                          </li>
                        ))}
                      </ul>
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Collapse
        size="small"
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'coef',
            label: m.catalogue.showCoefficients(rs.money.coefficients.length),
            children: (
              <Table<CoefficientView>
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={rs.money.coefficients}
                scroll={{ x: 900 }}
                columns={[
                  { key: 'name', title: m.catalogue.name, dataIndex: 'name', width: 260 },
                  {
                    key: 'i',
                    title: m.catalogue.individual,
                    width: 90,
                    render: (_, c) => formatCoefficient(c.individual),
                  },
                  {
                    key: 'c',
                    title: m.catalogue.collective,
                    width: 90,
                    render: (_, c) => formatCoefficient(c.collective),
                  },
                  {
                    key: 'h',
                    title: m.catalogue.household,
                    width: 100,
                    render: (_, c) => formatCoefficient(c.household),
                  },
                  {
                    key: 'kind',
                    title: m.catalogue.confidence,
                    width: 150,
                    render: (_, c) => (
                      <>
                        {m.catalogue.kinds[c.kind]} <ConfidenceTag tag={c.confidence} />
                      </>
                    ),
                  },
                  {
                    key: 'cit',
                    title: m.catalogue.citation,
                    render: (_, c) => (
                      <div style={{ fontSize: 12 }}>
                        {c.citation}
                        {c.note && (
                          <div>
                            <Typography.Text type="secondary">{c.note}</Typography.Text>
                          </div>
                        )}
                      </div>
                    ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The rule sets (law-reference §0.3), the base-salary periods and the transitional rule. */
export function RuleSetsTab() {
  const ruleSets = useQuery({ queryKey: catalogueKeys.ruleSets, queryFn: getRuleSets, staleTime: Infinity });
  if (ruleSets.isPending) return <Spin description={m.app.loading} />;
  if (ruleSets.error) return <Alert type="error" showIcon title={errorMessage(ruleSets.error)} />;
  const data = ruleSets.data;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={m.catalogue.transitional}
        description={data.transitionalRule}
        style={{ marginBottom: 16 }}
      />
      {data.items.map((rs) => (
        <RuleSetCard key={rs.id} rs={rs} />
      ))}
      <Card size="small" title={m.catalogue.baseSalary}>
        <Table
          size="small"
          rowKey="validFrom"
          pagination={false}
          dataSource={data.baseSalaryPeriods}
          columns={[
            {
              key: 'valid',
              title: m.catalogue.validity,
              render: (_, p) =>
                m.catalogue.validRange(formatDate(p.validFrom), p.validTo ? formatDate(p.validTo) : null),
            },
            { key: 'amount', title: m.catalogue.baseSalaryAmount, render: (_, p) => formatDong(p.amount) },
            {
              key: 'act',
              title: m.catalogue.act,
              render: (_, p) => (
                <>
                  {p.act} <ConfidenceTag tag={p.confidence} />
                  {p.note && (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {p.note}
                      </Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}

/** The commendation types of Law Điều 8 (law-reference §6). */
export function CommendationTypesTab({ list }: { list: CatalogueList }) {
  return (
    <Table
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={list.commendationTypes}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'name',
          title: m.catalogue.typeName,
          width: 220,
          render: (_, t) => <Typography.Text strong>{t.name}</Typography.Text>,
        },
        { key: 'def', title: m.catalogue.definition, dataIndex: 'definition' },
        { key: 'proc', title: m.catalogue.procedure, dataIndex: 'procedure' },
        {
          key: 'rs',
          title: m.catalogue.ruleSets,
          width: 200,
          render: (_, t) => t.ruleSets.map((r) => <Tag key={r}>{r}</Tag>),
        },
        {
          key: 'cit',
          title: m.catalogue.citation,
          width: 200,
          render: (_, t) => (
            <>
              <span style={{ fontSize: 12 }}>{t.citation}</span> <ConfidenceTag tag={t.confidence} />
            </>
          ),
        },
      ]}
    />
  );
}
