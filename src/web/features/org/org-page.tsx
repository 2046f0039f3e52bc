import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Input } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { DATE_FORMAT, fromIsoDate, toIsoDate, todayIso, todayPicker } from '../../lib/dates';
import { m } from '../../lib/messages';
import { useDebounced } from '../../lib/use-debounced';
import type { OrgUnitDetail } from './org.api';
import { OrgSearchResults } from './org-search-results';
import { OrgTree } from './org-tree';
import { OrgUnitActionModal, type OrgAction } from './org-unit-actions';
import { OrgUnitDetailPanel } from './org-unit-detail';
import { LineageImportModal } from './lineage-import-modal';

/** /co-cau-to-chuc: the tree as of a date, search, the selected unit (?unit=&ngay= in the URL). */
export default function OrgPage() {
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('ngay') ?? todayIso();
  const selectedId = params.get('unit');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [action, setAction] = useState<{ kind: OrgAction; unit: OrgUnitDetail | null } | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [treeVersion, setTreeVersion] = useState(0);

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={m.org.title}
        extra={
          can('org.write') && (
            <>
              <Button icon={<FileExcelOutlined />} onClick={() => setImportOpen(true)}>
                {m.org.importLink}
              </Button>
              <Button icon={<PlusOutlined />} onClick={() => setAction({ kind: 'addRoot', unit: null })}>
                {m.org.addRoot}
              </Button>
            </>
          )
        }
      />
      <div className="tdkt-filters">
        <label>
          <span className="tdkt-visually-hidden">{m.org.asOf}</span>
          <DatePicker
            aria-label={m.org.asOf}
            placeholder={m.org.asOf}
            prefix={<span style={{ color: '#888' }}>{m.org.asOf}:</span>}
            format={DATE_FORMAT}
            allowClear={false}
            value={fromIsoDate(asOf) ?? todayPicker()}
            onChange={(d) => update({ ngay: toIsoDate(d) === todayIso() ? null : toIsoDate(d) })}
            style={{ width: 260 }}
          />
        </label>
        <Input.Search
          aria-label={m.org.search}
          placeholder={m.org.searchPlaceholder}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={setSearch}
          style={{ maxWidth: 420, flex: 1 }}
        />
      </div>
      <div className="tdkt-org-grid">
        <Card size="small" title={q ? m.common.search : m.org.tree}>
          {q ? (
            <OrgSearchResults q={q} onSelect={(id) => update({ unit: id })} />
          ) : (
            <OrgTree
              key={`${asOf}-${treeVersion}`}
              asOf={asOf}
              selectedId={selectedId}
              onSelect={(id) => update({ unit: id })}
            />
          )}
        </Card>
        <Card size="small" title={m.org.detail}>
          {selectedId ? (
            <OrgUnitDetailPanel
              id={selectedId}
              asOf={asOf}
              onSelect={(id) => update({ unit: id })}
              onAction={(kind, unit) => setAction({ kind, unit })}
            />
          ) : (
            <p>{m.org.selectHint}</p>
          )}
        </Card>
      </div>
      <OrgUnitActionModal
        key={action ? `${action.kind}-${action.unit?.id ?? ''}` : 'none'}
        action={action?.kind ?? null}
        unit={action?.unit ?? null}
        onClose={() => setAction(null)}
        onDone={(id) => {
          setAction(null);
          setTreeVersion((v) => v + 1);
          if (id) update({ unit: id });
        }}
      />
      <LineageImportModal
        open={importOpen}
        onClose={() => {
          setImportOpen(false);
          setTreeVersion((v) => v + 1);
        }}
      />
    </>
  );
}
