import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import {
  Alert,
  Breadcrumb,
  Button,
  Descriptions,
  Empty,
  Space,
  Spin,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { ORG_UNIT_TYPE_LABELS } from '../../../domain/org/org-unit';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { formatDate, orDash } from '../../lib/format';
import { m } from '../../lib/messages';
import { EligibilityTab } from '../eligibility/eligibility-tab';
import { AchievementFilePanel } from '../ledger/achievement-file';
import { getOrgUnit, orgKeys, type LineageEventView, type OrgUnitDetail } from './org.api';
import type { OrgAction } from './org-unit-actions';

interface Props {
  id: string;
  asOf: string;
  onSelect: (id: string) => void;
  onAction: (action: OrgAction, unit: OrgUnitDetail) => void;
}

function lineageText(e: LineageEventView): string {
  return e.direction === 'out' ? m.org.lineageOut[e.kind] : m.org.lineageIn[e.kind];
}

/** Everything about one unit, its lineage with links, and the admin actions. */
export function OrgUnitDetailPanel({ id, asOf, onSelect, onAction }: Props) {
  const { can } = useAuth();
  const detail = useQuery({ queryKey: orgKeys.detail(id, asOf), queryFn: () => getOrgUnit(id, asOf) });
  const top = useRef<HTMLDivElement>(null);
  // On narrow screens the panel sits below the tree: bring the chosen unit into view.
  useEffect(() => {
    if (window.innerWidth <= 900) top.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [id]);
  if (detail.isPending)
    return (
      <div ref={top}>
        <Spin description={m.app.loading} />
      </div>
    );
  if (detail.error)
    return (
      <div ref={top}>
        <Alert type="error" showIcon title={errorMessage(detail.error)} />
      </div>
    );
  const u = detail.data;
  const ended = u.validTo !== null && u.validTo < todayIso();

  return (
    <section aria-labelledby="org-unit-title" ref={top}>
      {u.ancestors.length > 0 && (
        <Breadcrumb
          aria-label={m.org.ancestors}
          items={u.ancestors.map((a) => ({
            title: (
              <a
                href={`?unit=${a.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  onSelect(a.id);
                }}
              >
                {a.name}
              </a>
            ),
          }))}
          style={{ marginBottom: 8 }}
        />
      )}
      <Typography.Title level={2} id="org-unit-title" style={{ fontSize: 20, marginTop: 0 }}>
        {u.name} {ended ? <Tag>{m.org.ended}</Tag> : <Tag color="green">{m.org.inForce}</Tag>}
      </Typography.Title>
      {can('org.write') && (
        <Space wrap style={{ marginBottom: 16 }} aria-label={m.org.actionsLabel}>
          <Button type="primary" onClick={() => onAction('addChild', u)}>
            {m.org.addChild}
          </Button>
          <Button onClick={() => onAction('edit', u)}>{m.org.editUnit}</Button>
          <Button onClick={() => onAction('rename', u)}>{m.org.rename}</Button>
          <Button onClick={() => onAction('move', u)}>{m.org.move}</Button>
          <Button onClick={() => onAction('end', u)} danger disabled={ended}>
            {m.org.end}
          </Button>
          <Button onClick={() => onAction('event', u)}>{m.org.addEvent}</Button>
        </Space>
      )}
      <Tabs
        items={[
          {
            key: 'info',
            label: m.ledger.tabInfo,
            children: (
              <>
                <Descriptions
                  bordered
                  size="small"
                  column={1}
                  items={[
                    { key: 'type', label: m.org.type, children: ORG_UNIT_TYPE_LABELS[u.type] },
                    { key: 'code', label: m.org.code, children: orDash(u.code) },
                    { key: 'from', label: m.org.validFrom, children: formatDate(u.validFrom) },
                    { key: 'to', label: m.org.validTo, children: formatDate(u.validTo) },
                    {
                      key: 'children',
                      label: m.org.childCount,
                      children: m.org.childrenCount(u.children.inForce, u.children.total),
                    },
                    ...(u.note ? [{ key: 'note', label: m.org.note, children: u.note }] : []),
                  ]}
                />
                <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
                  {m.org.lineage}
                </Typography.Title>
                {u.events.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.org.noLineage} />
                ) : (
                  <Timeline
                    items={u.events.map((e) => ({
                      key: e.id,
                      content: (
                        <div>
                          <Typography.Text type="secondary">{formatDate(e.effectiveDate)}</Typography.Text>{' '}
                          {lineageText(e)}{' '}
                          <a
                            href={`?unit=${e.otherUnit.id}`}
                            onClick={(ev) => {
                              ev.preventDefault();
                              onSelect(e.otherUnit.id);
                            }}
                          >
                            {e.otherUnit.name}
                          </a>
                          {e.legalBasis && (
                            <div>
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {m.org.legalBasis}: {e.legalBasis}
                              </Typography.Text>
                            </div>
                          )}
                          {e.note && (
                            <div>
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {e.note}
                              </Typography.Text>
                            </div>
                          )}
                        </div>
                      ),
                    }))}
                  />
                )}
              </>
            ),
          },
          ...(can('ledger.read')
            ? [
                {
                  key: 'ho-so',
                  label: m.ledger.tabFile,
                  children: <AchievementFilePanel type="collective" id={u.id} name={u.name} />,
                },
                {
                  key: 'dieu-kien',
                  label: m.ledger.tabEligibility,
                  children: <EligibilityTab type="collective" id={u.id} />,
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}
