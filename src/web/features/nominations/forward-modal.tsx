import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates';
import type { NominationDetail, RoundItem } from './nominations.api';

interface ForwardValues {
  targetRoundId: string;
  proposalLetterNumber: string;
  proposalLetterDate: Dayjs;
}

/** The open central-level rounds a dossier can be forwarded into. */
export function useCentralRounds(enabled: boolean) {
  return useQuery({
    queryKey: ['nominations', 'rounds', 'central-open'],
    queryFn: () =>
      api.get<{ items: RoundItem[] }>('/api/award-rounds', { level: 'central', status: 'open', pageSize: 100 }),
    enabled,
  });
}

/**
 * "Trình cấp trên" (Law Điều 84): a council-approved dossier whose form only the Prime Minister or the
 * President decides becomes a new dossier in a central-level round, with the province's proposal letter.
 */
export function ForwardModal({ dossier, onClose }: { dossier: NominationDetail; onClose: () => void }) {
  const [form] = Form.useForm<ForwardValues>();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const rounds = useCentralRounds(true);
  const forward = useMutation({
    mutationFn: (v: ForwardValues) =>
      api.post<NominationDetail>(`/api/nominations/${dossier.id}/forward`, {
        version: dossier.version,
        targetRoundId: v.targetRoundId,
        proposalLetterNumber: v.proposalLetterNumber.trim(),
        proposalLetterDate: toIsoDate(v.proposalLetterDate),
      }),
    onSuccess: async (created) => {
      await qc.invalidateQueries({ queryKey: ['nominations'] });
      void message.success(`Đã trình cấp trên: hồ sơ mới trong đợt ${created.roundName}`);
      onClose();
      void navigate(`/ho-so-de-nghi/${created.id}`);
    },
    onError: (e) => setServerErrors(form, e),
  });
  const options = (rounds.data?.items ?? []).map((r) => ({
    value: r.id,
    label: `${r.name}${r.year ? ` (${r.year})` : ''}`,
  }));
  return (
    <Modal
      open
      title="Trình cấp trên"
      okText="Trình cấp trên"
      cancelText="Huỷ"
      width={560}
      confirmLoading={forward.isPending}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => forward.mutate(v))}
    >
      {forward.error && (
        <Alert type="error" showIcon title={errorMessage(forward.error)} style={{ marginBottom: 12 }} />
      )}
      {rounds.error && (
        <Alert type="error" showIcon title={errorMessage(rounds.error)} style={{ marginBottom: 12 }} />
      )}
      {rounds.data && options.length === 0 && (
        <Alert
          type="warning"
          showIcon
          title="Chưa có đợt khen thưởng cấp trung ương nào đang mở nhận hồ sơ"
          style={{ marginBottom: 12 }}
        />
      )}
      <Form form={form} layout="vertical">
        <Form.Item
          name="targetRoundId"
          label="Đợt khen thưởng cấp trung ương"
          rules={[{ required: true, message: 'Chọn đợt khen thưởng cấp trung ương' }]}
        >
          <Select
            aria-label="Đợt khen thưởng cấp trung ương"
            loading={rounds.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
          />
        </Form.Item>
        <Form.Item
          name="proposalLetterNumber"
          label="Số tờ trình"
          rules={[
            { required: true, whitespace: true, message: 'Nhập số tờ trình' },
            { max: 100, message: 'Số tờ trình tối đa 100 ký tự' },
          ]}
        >
          <Input placeholder="123/TTr-UBND" maxLength={100} />
        </Form.Item>
        <Form.Item
          name="proposalLetterDate"
          label="Ngày tờ trình"
          rules={[{ required: true, message: 'Chọn ngày tờ trình' }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
