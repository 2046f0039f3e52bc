import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Tag, Typography } from 'antd';
import {
  CHECK_STATUS_LABELS,
  VERDICT_LABELS,
  type CheckStatus,
  type Verdict,
} from '../../../domain/awards/types';
import { m } from '../../lib/messages';
import type { CheckView, PathView, TransitionalView } from './eligibility.api';

export const VERDICT_COLORS: Record<Verdict, string> = {
  eligible: 'green',
  needs_review: 'gold',
  not_eligible: 'red',
};

export const VERDICT_ORDER: Record<Verdict, number> = { eligible: 0, needs_review: 1, not_eligible: 2 };

export function VerdictTag({ verdict, large }: { verdict: Verdict; large?: boolean }) {
  return (
    <Tag
      color={VERDICT_COLORS[verdict]}
      style={large ? { fontSize: 15, padding: '3px 10px', lineHeight: '22px' } : undefined}
    >
      {VERDICT_LABELS[verdict]}
    </Tag>
  );
}

const STATUS_COLORS: Record<CheckStatus, string> = {
  passed: '#2e7d32',
  failed: '#c62828',
  needs_judgement: '#d48806',
};

export function StatusIcon({ status }: { status: CheckStatus }) {
  const style = { color: STATUS_COLORS[status], fontSize: 16 };
  const label = CHECK_STATUS_LABELS[status];
  if (status === 'passed') return <CheckCircleFilled style={style} aria-label={label} role="img" />;
  if (status === 'failed') return <CloseCircleFilled style={style} aria-label={label} role="img" />;
  return <ExclamationCircleFilled style={style} aria-label={label} role="img" />;
}

function CheckItem({
  check,
  recordLabel,
}: {
  check: CheckView;
  recordLabel?: (id: string) => string | undefined;
}) {
  const records = check.records.map((id) => recordLabel?.(id) ?? m.eligibility.unknownRecord(id));
  return (
    <li className="tdkt-check" style={{ display: 'flex', gap: 10, padding: '6px 0' }}>
      <span style={{ paddingTop: 2 }}>
        <StatusIcon status={check.status} />
      </span>
      <div style={{ minWidth: 0 }}>
        <div>{check.message}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {m.eligibility.citation}: <span className="tdkt-citation">{check.citation}</span>
        </Typography.Text>
        {records.length > 0 && (
          <div style={{ fontSize: 12 }}>
            <Typography.Text type="secondary">{m.eligibility.records}: </Typography.Text>
            {records.map((r, i) => (
              <Tag key={`${check.records[i]}`} style={{ marginBottom: 2 }}>
                {r}
              </Tag>
            ))}
          </div>
        )}
      </div>
    </li>
  );
}

/**
 * The explanation of one verdict: checks common to every path first, then each alternative path with its
 * label and status; every check with its icon, Vietnamese message, citation and the records it used.
 */
export function CheckList({
  checks,
  paths,
  transitional,
  recordLabel,
}: {
  checks: CheckView[];
  paths?: PathView[];
  transitional?: TransitionalView;
  recordLabel?: (id: string) => string | undefined;
}) {
  const common = checks.filter((c) => !c.path);
  const pathIds = [...new Set(checks.filter((c) => c.path).map((c) => c.path as string))];
  const pathOf = (id: string) => paths?.find((p) => p.id === id);
  const list = (items: CheckView[]) => (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={m.eligibility.checks}>
      {items.map((c, i) => (
        <CheckItem key={`${c.code}-${i}`} check={c} recordLabel={recordLabel} />
      ))}
    </ul>
  );
  return (
    <div>
      {transitional && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={m.eligibility.transitional}
          description={
            <>
              {transitional.message}{' '}
              <Typography.Text type="secondary">({transitional.citation})</Typography.Text>
            </>
          }
        />
      )}
      {checks.length === 0 && <Typography.Text type="secondary">{m.eligibility.noChecks}</Typography.Text>}
      {list(common)}
      {pathIds.map((id) => {
        const p = pathOf(id);
        return (
          <div
            key={id}
            style={{ marginTop: 8, paddingInlineStart: 12, borderInlineStart: '3px solid #f0f0f0' }}
          >
            <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
              {p && <StatusIcon status={p.status} />}
              <Typography.Text strong>
                {m.eligibility.path}: {p?.label ?? id}
              </Typography.Text>
              {p && <Tag>{m.eligibility.pathKinds[p.kind]}</Tag>}
            </div>
            {list(checks.filter((c) => c.path === id))}
          </div>
        );
      })}
    </div>
  );
}
