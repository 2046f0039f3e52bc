import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../../../domain/emulation/bloc';
import { api, errorMessage, setServerErrors } from '../../../lib/api';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { emulationKeys, type Meeting } from '../emulation.api';
import { et } from '../emulation.messages';
import { AttachmentList } from '../shared/attachments';
import { useState } from 'react';

const t = et.blocs;

/** The bloc's meetings log (newest first) with minutes and files. */
export function MeetingsCard({ blocId, writable }: { blocId: string; writable: boolean }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Meeting | 'new' | null>(null);
  const list = useQuery({
    queryKey: emulationKeys.meetings(blocId),
    queryFn: () => api.get<{ items: Meeting[] }>(`/api/emulation/blocs/${blocId}/meetings`),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: emulationKeys.meetings(blocId) });
  const remove = useMutation({
    mutationFn: (mt: Meeting) => api.delete(`/api/emulation/blocs/${blocId}/meetings/${mt.id}`),
    onSuccess: () => {
      void message.success(et.common.deleted);
      refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  return (
    <Card
      title={t.meetings}
      extra={
        writable && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t.addMeeting}
          </Button>
        )
      }
    >
      {list.error && <Alert type="error" showIcon title={errorMessage(list.error)} />}
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t.noMeetings} /> }}
        renderItem={(mt) => (
          <List.Item
            actions={
              writable
                ? [
                    <Button
                      key="e"
                      type="link"
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(mt)}
                    >
                      {et.common.edit}
                    </Button>,
                    <Popconfirm
                      key="d"
                      title={t.confirmDeleteMeeting}
                      onConfirm={() => remove.mutate(mt)}
                      okText={et.common.delete}
                      cancelText={et.common.cancel}
                    >
                      <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                        {et.common.delete}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <div style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{formatDate(mt.date)}</Typography.Text>
                <Tag color="blue">{mt.kindLabel}</Tag>
                {mt.place && <Typography.Text type="secondary">{mt.place}</Typography.Text>}
              </Space>
              {mt.minutes && (
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }}
                  ellipsis={{ rows: 3, expandable: true }}
                >
                  {mt.minutes}
                </Typography.Paragraph>
              )}
              <AttachmentList
                items={mt.attachments}
                uploadUrl={`/api/emulation/blocs/${blocId}/meetings/${mt.id}/attachments`}
                writable={writable}
                onChanged={refresh}
              />
            </div>
          </List.Item>
        )}
      />
      {editing && (
        <MeetingModal
          blocId={blocId}
          meeting={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

interface Values {
  date: Dayjs | null;
  kind: MeetingKind;
  place?: string;
  minutes?: string;
}

function MeetingModal({
  blocId,
  meeting,
  onClose,
}: {
  blocId: string;
  meeting?: Meeting;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        date: toIsoDate(v.date),
        kind: v.kind,
        place: v.place?.trim() ? v.place.trim() : null,
        minutes: v.minutes?.trim() ? v.minutes.trim() : null,
      };
      return meeting
        ? api.patch(`/api/emulation/blocs/${blocId}/meetings/${meeting.id}`, {
            ...body,
            version: meeting.version,
          })
        : api.post(`/api/emulation/blocs/${blocId}/meetings`, body);
    },
    onSuccess: async () => {
      void message.success(meeting ? et.common.saved : et.common.created);
      await client.invalidateQueries({ queryKey: emulationKeys.meetings(blocId) });
      onClose();
    },
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  return (
    <Modal
      open
      title={t.meetingTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={et.common.save}
      cancelText={et.common.cancel}
      confirmLoading={save.isPending}
      width={680}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          meeting
            ? {
                date: fromIsoDate(meeting.date),
                kind: meeting.kind,
                place: meeting.place ?? '',
                minutes: meeting.minutes ?? '',
              }
            : { kind: 'agreement_signing' }
        }
      >
        <Space wrap size="large">
          <Form.Item
            name="date"
            label={t.meetingDate}
            rules={[{ required: true, message: et.common.requiredSelect('ngày họp') }]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="kind" label={t.meetingKind} rules={[{ required: true }]}>
            <Select
              style={{ width: 320 }}
              options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="place" label={t.place}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="minutes" label={t.minutes}>
          <Input.TextArea rows={6} maxLength={100_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
