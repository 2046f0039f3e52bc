import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { GENDER_LABELS } from '../../../domain/people/person';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, type Page } from '../../lib/api';
import { formatDate, orDash } from '../../lib/format';
import { m } from '../../lib/messages';
import { useDebounced } from '../../lib/use-debounced';
import { UnitSelect } from '../org/unit-select';
import { peopleKeys, type PersonFilter, type PersonItem, type PersonSort } from './people.api';
import { ETHNIC_OPTIONS, GENDER_OPTIONS, OCCUPATION_OPTIONS, PersonFormDrawer } from './person-form';

const PAGE_SIZES = [10, 20, 50, 100];

function sortOrderOf(sort: PersonSort | undefined, field: 'name' | 'birthDate'): SortOrder {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

/** /ca-nhan: server-paged, filtered, sorted list of people. */
export default function PeoplePage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 350);
  const [filter, setFilter] = useState<PersonFilter>({ includeSubunits: true, sort: 'name' });
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);

  const effective: PersonFilter = { ...filter, q: q || undefined };
  const list = useQuery({
    queryKey: peopleKeys.list(effective, page, pageSize),
    queryFn: () => api.get<Page<PersonItem>>('/api/people', { ...effective, page, pageSize }),
    placeholderData: keepPreviousData,
  });

  const change = (patch: Partial<PersonFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const exportXlsx = async (full: { reason: string } | null) => {
    setExporting(true);
    try {
      if (full)
        await api.downloadPost(
          '/api/people/export',
          { ...effective, reason: full.reason },
          'danh-sach-ca-nhan.xlsx',
        );
      else
        await api.download(
          '/api/people/export',
          { ...effective, sort: effective.sort },
          'danh-sach-ca-nhan.xlsx',
        );
      setExportOpen(false);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <ExportDialog
        open={exportOpen}
        busy={exporting}
        mayExportFull={can('people.citizenId.read')}
        onCancel={() => setExportOpen(false)}
        onExport={(full) => void exportXlsx(full)}
      />
      <PageHeader
        title={m.people.title}
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={() => setExportOpen(true)} loading={exporting}>
              {m.common.export}
            </Button>
            {can('people.write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {m.people.create}
              </Button>
            )}
          </>
        }
      />
      <div className="tdkt-filters" role="search">
        <Input.Search
          aria-label={m.people.search}
          placeholder={m.people.searchPlaceholder}
          allowClear
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          style={{ width: 280 }}
        />
        <UnitSelect
          aria-label={m.people.filterUnit}
          placeholder={m.people.filterUnit}
          value={filter.unitId ?? null}
          onChange={(unitId) => change({ unitId: unitId ?? undefined })}
          style={{ width: 240 }}
        />
        <Checkbox
          checked={filter.includeSubunits}
          onChange={(e) => change({ includeSubunits: e.target.checked })}
          style={{ alignSelf: 'center', minWidth: 0 }}
        >
          {m.people.includeSubunits}
        </Checkbox>
        <Select
          aria-label={m.people.filterGender}
          placeholder={m.people.gender}
          allowClear
          options={GENDER_OPTIONS}
          value={filter.gender}
          onChange={(gender) => change({ gender })}
          style={{ width: 130, minWidth: 130 }}
        />
        <Select
          aria-label={m.people.filterEthnicity}
          placeholder={m.people.ethnicity}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={ETHNIC_OPTIONS}
          value={filter.ethnicity}
          onChange={(ethnicity: string | undefined) => change({ ethnicity })}
          style={{ width: 160 }}
        />
        <Select
          aria-label={m.people.filterOccupation}
          placeholder={m.people.occupationGroup}
          allowClear
          options={OCCUPATION_OPTIONS}
          value={filter.occupationGroup}
          onChange={(occupationGroup) => change({ occupationGroup })}
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
        />
        <Select
          aria-label={m.people.filterLeader}
          placeholder={m.people.isLeader}
          allowClear
          options={[
            { value: 'true', label: m.people.leaderOnly },
            { value: 'false', label: m.people.notLeader },
          ]}
          value={filter.isLeader === undefined ? undefined : String(filter.isLeader)}
          onChange={(v: string | undefined) =>
            change({ isLeader: v === undefined ? undefined : v === 'true' })
          }
          style={{ width: 180 }}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<PersonItem>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 980 }}
        locale={{ emptyText: m.app.empty }}
        onRow={(r) => ({ onDoubleClick: () => void navigate(`/ca-nhan/${r.id}`) })}
        onChange={(_, __, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = s?.columnKey === 'birthDate' ? 'birthDate' : 'name';
          const sort: PersonSort = !s?.order ? 'name' : s.order === 'descend' ? `-${field}` : field;
          if (sort !== filter.sort) change({ sort });
        }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total, range) =>
            list.data?.totalExact === false
              ? m.common.rangeMore(range[0], range[1], total)
              : m.common.range(range[0], range[1], total),
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          {
            key: 'name',
            title: m.people.fullName,
            sorter: true,
            sortOrder: sortOrderOf(filter.sort, 'name'),
            render: (_, r) => (
              <>
                <Link to={`/ca-nhan/${r.id}`}>{r.fullName}</Link>{' '}
                {r.isLeader && <Tag color="gold">{m.people.isLeader}</Tag>}
              </>
            ),
          },
          { key: 'gender', title: m.people.gender, width: 90, render: (_, r) => GENDER_LABELS[r.gender] },
          {
            key: 'birthDate',
            title: m.people.birthDate,
            width: 120,
            sorter: true,
            sortOrder: sortOrderOf(filter.sort, 'birthDate'),
            render: (_, r) => formatDate(r.birthDate),
          },
          { key: 'ethnicity', title: m.people.ethnicity, width: 110, render: (_, r) => r.ethnicityName },
          { key: 'citizenId', title: m.people.citizenId, width: 150, render: (_, r) => orDash(r.citizenId) },
          { key: 'position', title: m.people.position, render: (_, r) => orDash(r.position) },
          { key: 'unit', title: m.people.unit, render: (_, r) => orDash(r.unit?.name) },
        ]}
      />
      <PersonFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => id && void navigate(`/ca-nhan/${id}`)}
      />
    </>
  );
}

/**
 * The export dialog: citizen IDs are masked in the file unless a role allowed to read them asks for the full
 * numbers and gives a reason (the server writes both to the audit trail).
 */
function ExportDialog({
  open,
  busy,
  mayExportFull,
  onCancel,
  onExport,
}: {
  open: boolean;
  busy: boolean;
  mayExportFull: boolean;
  onCancel: () => void;
  onExport: (full: { reason: string } | null) => void;
}) {
  const [full, setFull] = useState(false);
  const [reason, setReason] = useState('');
  const reasonOk = reason.trim().length >= 10;
  return (
    <Modal
      open={open}
      title={m.people.exportTitle}
      okText={m.common.export}
      cancelText={m.common.cancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: full && !reasonOk }}
      onCancel={onCancel}
      onOk={() => onExport(full ? { reason: reason.trim() } : null)}
      destroyOnHidden
    >
      <Typography.Paragraph>{m.people.exportMaskedNote}</Typography.Paragraph>
      {mayExportFull && (
        <>
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
            {m.people.exportFullCitizenIds}
          </Checkbox>
          {full && (
            <Form layout="vertical" style={{ marginTop: 12 }}>
              <Form.Item
                label={m.people.exportReason}
                required
                help={reasonOk ? undefined : m.people.exportReasonRequired}
                validateStatus={reasonOk ? undefined : 'warning'}
              >
                <Input.TextArea
                  aria-label={m.people.exportReason}
                  value={reason}
                  maxLength={500}
                  rows={3}
                  onChange={(e) => setReason(e.target.value)}
                />
              </Form.Item>
            </Form>
          )}
        </>
      )}
    </Modal>
  );
}
