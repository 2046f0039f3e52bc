import {
  CalendarOutlined,
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  REGISTRATION_SUBJECT_LABELS,
  REGISTRATION_SUBJECTS,
} from '../../../../domain/emulation/registration';
import { useAuth } from '../../../app/auth';
import { PageHeader } from '../../../app/page-header';
import { api, errorMessage, type Page } from '../../../lib/api';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { useDebounced } from '../../../lib/use-debounced';
import { UnitSelect } from '../../org/unit-select';
import {
  CURRENT_YEAR,
  emulationKeys,
  type Registration,
  type RegistrationFilter,
  YEAR_OPTIONS,
} from '../emulation.api';
import { et } from '../emulation.messages';
import { RegistrationModal } from './registration-form';
import { RegistrationImportModal } from './registration-import';

const t = et.registrations;

/** /dang-ky-thi-dua: a year's registrations (collective and individual), deadline and late marks, Excel import. */
export default function RegistrationsPage() {
  const { can } = useAuth();
  const canRegister = can('emulation.register');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [filter, setFilter] = useState<RegistrationFilter>({ year: CURRENT_YEAR });
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<Registration | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [deadlineOpen, setDeadlineOpen] = useState(false);
  const query = { ...filter, q: q || undefined };
  const list = useQuery({
    queryKey: emulationKeys.registrations(query, page, pageSize),
    queryFn: () => api.get<Page<Registration>>('/api/emulation/registrations', { ...query, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const deadlines = useQuery({
    queryKey: emulationKeys.deadlines,
    queryFn: () =>
      api.get<{ items: { year: number; deadline: string }[] }>('/api/emulation/registration-deadlines'),
  });
  const deadline = deadlines.data?.items.find((d) => d.year === filter.year)?.deadline;
  const remove = useMutation({
    mutationFn: (r: Registration) => api.delete(`/api/emulation/registrations/${r.id}`),
    onSuccess: async () => {
      void message.success(et.common.deleted);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const set = (patch: Partial<RegistrationFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          canRegister && (
            <Space wrap>
              <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
                {t.importExcel}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t.create}
              </Button>
            </Space>
          )
        }
      >
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </PageHeader>
      <Alert
        style={{ marginBottom: 12 }}
        type={deadline ? 'info' : 'warning'}
        showIcon
        icon={<CalendarOutlined />}
        title={deadline ? t.deadlineOf(filter.year, formatDate(deadline)) : t.noDeadline}
        action={
          can('emulation.write') && (
            <Button size="small" onClick={() => setDeadlineOpen(true)}>
              {t.setDeadline}
            </Button>
          )
        }
      />
      <div className="tdkt-filters" role="search">
        <Select
          aria-label={et.common.year}
          value={filter.year}
          onChange={(v: number) => set({ year: v })}
          options={YEAR_OPTIONS}
        />
        <Input.Search
          aria-label={et.common.search}
          placeholder={et.common.search}
          allowClear
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
          style={{ width: 240 }}
        />
        <UnitSelect
          aria-label={t.filterUnit}
          placeholder={t.filterUnit}
          value={filter.unitId ?? null}
          onChange={(v) => set({ unitId: v ?? undefined })}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t.subjectType}
          placeholder={t.allSubjects}
          allowClear
          value={filter.subjectType}
          onChange={(v) => set({ subjectType: v })}
          options={REGISTRATION_SUBJECTS.map((s) => ({ value: s, label: REGISTRATION_SUBJECT_LABELS[s] }))}
        />
        <Select
          aria-label={t.late}
          placeholder={`${t.onTime} / ${t.late.toLowerCase()}`}
          allowClear
          value={filter.late}
          onChange={(v: boolean | undefined) => set({ late: v })}
          options={[
            { value: true, label: t.lateOnly },
            { value: false, label: t.onTime },
          ]}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<Registration>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t.empty }}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (n) => et.common.total(n),
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          {
            title: t.subject,
            key: 'subject',
            render: (_, r) => (
              <Space>
                <Tag color={r.subjectType === 'collective' ? 'geekblue' : 'cyan'}>{r.subjectTypeLabel}</Tag>
                <span>{r.person?.fullName ?? r.orgUnit?.name ?? r.unit.name}</span>
              </Space>
            ),
          },
          { title: t.unit, dataIndex: ['unit', 'name'], width: 220 },
          { title: t.titleCode, dataIndex: 'titleLabel', width: 240 },
          {
            title: t.registeredOn,
            dataIndex: 'registeredOn',
            width: 170,
            render: (d: string, r) => (
              <Space>
                {formatDate(d)}
                {r.late && <Tag color="red">{t.late}</Tag>}
              </Space>
            ),
          },
          {
            title: t.note,
            dataIndex: 'note',
            width: 180,
            ellipsis: true,
            render: (n: string | null) => n ?? '',
          },
          ...(canRegister
            ? [
                {
                  title: et.common.actions,
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, r: Registration) => (
                    <Space size={0}>
                      <Tooltip title={et.common.edit}>
                        <Button
                          type="text"
                          icon={<EditOutlined />}
                          aria-label={et.common.edit}
                          onClick={() => setEditing(r)}
                        />
                      </Tooltip>
                      <Popconfirm
                        title={t.confirmDelete}
                        onConfirm={() => remove.mutate(r)}
                        okText={et.common.delete}
                        cancelText={et.common.cancel}
                      >
                        <Button type="text" danger icon={<DeleteOutlined />} aria-label={et.common.delete} />
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <RegistrationModal
          year={filter.year}
          registration={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && <RegistrationImportModal year={filter.year} onClose={() => setImporting(false)} />}
      {deadlineOpen && (
        <DeadlineModal year={filter.year} deadline={deadline} onClose={() => setDeadlineOpen(false)} />
      )}
    </>
  );
}

function DeadlineModal({
  year,
  deadline,
  onClose,
}: {
  year: number;
  deadline?: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [value, setValue] = useState<Dayjs | null>(fromIsoDate(deadline));
  const done = async (text: string) => {
    void message.success(text);
    await client.invalidateQueries({ queryKey: emulationKeys.all });
    onClose();
  };
  const save = useMutation({
    mutationFn: () =>
      api.put(`/api/emulation/registration-deadlines/${year}`, { deadline: toIsoDate(value) }),
    onSuccess: () => done(t.deadlineSaved),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/emulation/registration-deadlines/${year}`),
    onSuccess: () => done(t.deadlineRemoved),
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Modal
      open
      title={t.deadlineTitle(year)}
      onCancel={onClose}
      footer={
        <Space>
          {deadline && (
            <Button danger loading={remove.isPending} onClick={() => remove.mutate()}>
              {t.removeDeadline}
            </Button>
          )}
          <Button onClick={onClose}>{et.common.cancel}</Button>
          <Button type="primary" disabled={!value} loading={save.isPending} onClick={() => save.mutate()}>
            {et.common.save}
          </Button>
        </Space>
      }
    >
      <DatePicker
        aria-label={t.deadline}
        format={DATE_FORMAT}
        value={value}
        onChange={setValue}
        style={{ width: 200 }}
      />
    </Modal>
  );
}
