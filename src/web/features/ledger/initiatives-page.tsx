import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, InputNumber, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { InitiativeScope } from '../../../domain/awards/types';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, type Page } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { m } from '../../lib/messages';
import { UnitSelect } from '../org/unit-select';
import { PersonSelect } from '../people/person-select';
import { InitiativeModal, SCOPE_OPTIONS } from './initiative-form';
import { ledgerKeys, type Initiative, type InitiativeFilter } from './ledger.api';
import { useInvalidateLedger } from './ledger-forms';

const SCOPE_COLORS: Record<InitiativeScope, string> = { co_so: 'default', bo_tinh: 'blue', toan_quoc: 'red' };

/** /sang-kien: the initiatives register — paged, filtered, with the award that used each one (G7). */
export default function InitiativesPage() {
  const { can } = useAuth();
  const writable = can('ledger.write');
  const { message, modal } = App.useApp();
  const invalidate = useInvalidateLedger();
  const [filter, setFilter] = useState<InitiativeFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<Initiative | 'new' | null>(null);
  const list = useQuery({
    queryKey: ledgerKeys.initiatives(filter, page, pageSize),
    queryFn: () => api.get<Page<Initiative>>('/api/initiatives', { ...filter, page, pageSize }),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (i: Initiative) => api.delete(`/api/initiatives/${i.id}`),
    onSuccess: async () => {
      void message.success(m.common.deleted);
      await invalidate();
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  const set = (patch: Partial<InitiativeFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title={m.initiatives.title}
        extra={
          writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {m.initiatives.create}
            </Button>
          )
        }
      />
      <div className="tdkt-filters" role="search">
        <UnitSelect
          aria-label={m.initiatives.filterUnit}
          placeholder={m.initiatives.filterUnit}
          value={filter.unitId ?? null}
          onChange={(v) => set({ unitId: v ?? undefined })}
          style={{ width: 240 }}
        />
        <PersonSelect
          aria-label={m.initiatives.filterAuthor}
          value={filter.authorId ?? null}
          onChange={(v) => set({ authorId: v ?? undefined })}
          style={{ width: 260 }}
        />
        <Select
          aria-label={m.initiatives.filterScope}
          placeholder={m.initiatives.scope}
          allowClear
          value={filter.scope}
          onChange={(v: InitiativeScope | undefined) => set({ scope: v })}
          options={SCOPE_OPTIONS}
          style={{ width: 230 }}
        />
        <Select
          aria-label={m.initiatives.filterUsed}
          placeholder={m.initiatives.usedBy}
          allowClear
          value={filter.used}
          onChange={(v: 'true' | 'false' | undefined) => set({ used: v })}
          options={[
            { value: 'true', label: m.initiatives.used },
            { value: 'false', label: m.initiatives.unused },
          ]}
          style={{ width: 200 }}
        />
        <InputNumber
          aria-label={m.initiatives.fromYear}
          placeholder={m.initiatives.fromYear}
          value={filter.fromYear ?? null}
          onChange={(v) => set({ fromYear: v ?? undefined })}
          min={1945}
          max={2100}
          controls={false}
          style={{ width: 110, minWidth: 110 }}
        />
        <InputNumber
          aria-label={m.initiatives.toYear}
          placeholder={m.initiatives.toYear}
          value={filter.toYear ?? null}
          onChange={(v) => set({ toYear: v ?? undefined })}
          min={1945}
          max={2100}
          controls={false}
          style={{ width: 110, minWidth: 110 }}
        />
      </div>
      {list.error && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<Initiative>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1330 }}
        locale={{ emptyText: m.app.empty }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total, range) => m.common.range(range[0], range[1], total),
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          {
            key: 'title',
            title: m.initiatives.name,
            width: 300,
            render: (_, i) => (
              <div>
                <Typography.Text strong>{i.title}</Typography.Text>
                {i.unit && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {i.unit.name}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          {
            key: 'authors',
            title: m.initiatives.authors,
            width: 220,
            render: (_, i) =>
              i.authors.map((a) => (
                <div key={a.personId}>
                  <Link to={`/ca-nhan/${a.personId}?tab=ho-so`}>{a.fullName}</Link>
                  {a.sharePercent !== null && (
                    <Typography.Text type="secondary"> ({a.sharePercent}%)</Typography.Text>
                  )}
                </div>
              )),
          },
          {
            key: 'body',
            title: m.initiatives.recognizingBody,
            width: 220,
            render: (_, i) => (
              <div>
                <div>{i.recognizingBody}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[i.decisionNumber, formatDate(i.decisionDate)].filter(Boolean).join(', ')}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'scope',
            title: m.initiatives.scope,
            width: 170,
            render: (_, i) => <Tag color={SCOPE_COLORS[i.scope]}>{i.scopeLabel}</Tag>,
          },
          {
            key: 'applied',
            title: m.initiatives.appliedFrom,
            width: 120,
            render: (_, i) => formatDate(i.appliedFrom),
          },
          {
            key: 'used',
            title: m.initiatives.usedBy,
            width: 200,
            render: (_, i) =>
              i.usedByAward ? (
                <span>
                  {i.usedByAward.awardName} ({i.usedByAward.countedYear})
                </span>
              ) : (
                <Typography.Text type="secondary">{m.initiatives.notUsed}</Typography.Text>
              ),
          },
          ...(writable
            ? [
                {
                  key: 'actions',
                  title: m.common.actions,
                  width: 100,
                  fixed: 'right' as const,
                  render: (_: unknown, i: Initiative) => (
                    <Space size={4}>
                      <Tooltip title={m.common.edit}>
                        <Button
                          type="text"
                          icon={<EditOutlined />}
                          aria-label={`${m.common.edit}: ${i.title}`}
                          onClick={() => setEditing(i)}
                        />
                      </Tooltip>
                      <Tooltip title={i.usedByAward ? m.initiatives.usedNoDelete : m.common.delete}>
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={`${m.common.delete}: ${i.title}`}
                          disabled={i.usedByAward !== null}
                          onClick={() =>
                            modal.confirm({
                              title: m.initiatives.deleteConfirm,
                              content: i.title,
                              okText: m.common.delete,
                              okButtonProps: { danger: true },
                              cancelText: m.common.cancel,
                              onOk: () => remove.mutateAsync(i),
                            })
                          }
                        />
                      </Tooltip>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== null && (
        <InitiativeModal
          open
          initiative={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
