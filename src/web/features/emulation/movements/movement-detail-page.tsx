import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  FlagOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Popconfirm,
  Result,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { FullPageSpin, PageHeader } from '../../../app/page-header';
import { api, errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { emulationKeys, type MovementDetail, type Stage } from '../emulation.api';
import { et } from '../emulation.messages';
import { AttachmentList } from '../shared/attachments';
import { MovementFormModal } from './movement-form';
import { PHASE_COLORS } from './movements-page';
import { StageModal } from './stage-modal';

const t = et.movements;
const STAGE_COLORS = { launch: 'blue', midterm: 'orange', final: 'green' } as const;

/** /phong-trao-thi-dua/:id: the movement, its flag paths and its stages with reports and files. */
export default function MovementDetailPage() {
  const { id = '' } = useParams();
  const { can } = useAuth();
  const writable = can('emulation.write');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [stageModal, setStageModal] = useState<Stage | 'new' | null>(null);
  const detail = useQuery({
    queryKey: emulationKeys.movement(id),
    queryFn: () => api.get<MovementDetail>(`/api/emulation/movements/${id}`),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: emulationKeys.all });
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/emulation/movements/${id}`),
    onSuccess: async () => {
      void message.success(et.common.deleted);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
      void navigate('/phong-trao-thi-dua');
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const removeStage = useMutation({
    mutationFn: (s: Stage) => api.delete(`/api/emulation/movements/${id}/stages/${s.id}`),
    onSuccess: () => {
      void message.success(et.common.deleted);
      refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (detail.isLoading) return <FullPageSpin />;
  if (detail.error || !detail.data)
    return (
      <Result
        status="warning"
        title={errorMessage(detail.error)}
        extra={<Link to="/phong-trao-thi-dua">{et.common.back}</Link>}
      />
    );
  const mv = detail.data;

  return (
    <>
      <PageHeader
        title={mv.name}
        extra={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/phong-trao-thi-dua')}>
              {et.common.back}
            </Button>
            {writable && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {et.common.edit}
                </Button>
                <Popconfirm
                  title={t.confirmDelete}
                  onConfirm={() => remove.mutate()}
                  okText={et.common.delete}
                  cancelText={et.common.cancel}
                >
                  <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                    {et.common.delete}
                  </Button>
                </Popconfirm>
              </>
            )}
          </Space>
        }
      >
        <Space wrap>
          <Tag color={PHASE_COLORS[mv.phase]}>{mv.phaseLabel}</Tag>
          <Tag color={mv.kind === 'thematic' ? 'purple' : 'blue'}>{mv.kindLabel}</Tag>
          <Typography.Text type="secondary">
            {formatDate(mv.startDate)} – {formatDate(mv.endDate)} · {t.yearsValue(mv.years)}
          </Typography.Text>
        </Space>
      </PageHeader>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t.general}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={t.level}>{mv.levelLabel}</Descriptions.Item>
            <Descriptions.Item label={t.launcherUnit}>{mv.launcherUnit.name}</Descriptions.Item>
            <Descriptions.Item label={t.launcherPerson}>
              {mv.launcherPerson?.fullName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t.theme}>{mv.theme ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t.slogan} span={2}>
              {mv.slogan ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t.objectives} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {mv.objectives ?? '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t.criteria} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {mv.criteria ?? '—'}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t.participants} span={2}>
              {mv.participants ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={`${t.scope} — ${t.scopeCount(mv.scopeUnits.length)}`} span={2}>
              {mv.scopeUnits.length ? mv.scopeUnits.map((u) => <Tag key={u.id}>{u.name}</Tag>) : '—'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Alert
          type={mv.flagPaths.length ? 'success' : 'info'}
          showIcon
          icon={<FlagOutlined />}
          title={t.flagPaths}
          description={
            mv.flagPaths.length
              ? mv.flagPaths.map((p) => (
                  <div key={p.title}>
                    {p.label} — <Typography.Text type="secondary">{p.citation}</Typography.Text>
                  </div>
                ))
              : t.noFlagPath
          }
        />
        <Card
          title={t.stages}
          extra={
            writable && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setStageModal('new')}>
                {t.addStage}
              </Button>
            )
          }
        >
          {mv.stages.length === 0 ? (
            <Empty description={t.noStages} />
          ) : (
            <Timeline
              items={mv.stages.map((s) => ({
                color: STAGE_COLORS[s.stage],
                content: (
                  <div data-testid={`stage-${s.stage}`}>
                    <Space wrap>
                      <Typography.Text strong>{s.stageLabel}</Typography.Text>
                      <Typography.Text>{formatDate(s.date)}</Typography.Text>
                      {s.awardRecordIds.length > 0 && (
                        <Tag color="gold">{t.awardsCount(s.awardRecordIds.length)}</Tag>
                      )}
                      {writable && (
                        <>
                          <Button
                            size="small"
                            type="link"
                            icon={<EditOutlined />}
                            onClick={() => setStageModal(s)}
                          >
                            {et.common.edit}
                          </Button>
                          <Popconfirm
                            title={t.confirmDeleteStage}
                            onConfirm={() => removeStage.mutate(s)}
                            okText={et.common.delete}
                            cancelText={et.common.cancel}
                          >
                            <Button size="small" type="link" danger icon={<DeleteOutlined />}>
                              {et.common.delete}
                            </Button>
                          </Popconfirm>
                        </>
                      )}
                    </Space>
                    {s.report && (
                      <Typography.Paragraph
                        style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}
                        ellipsis={{ rows: 4, expandable: true }}
                      >
                        {s.report}
                      </Typography.Paragraph>
                    )}
                    <AttachmentList
                      items={s.attachments}
                      uploadUrl={`/api/emulation/movements/${id}/stages/${s.id}/attachments`}
                      writable={writable}
                      onChanged={refresh}
                    />
                  </div>
                ),
              }))}
            />
          )}
        </Card>
      </Space>
      {editing && <MovementFormModal open movement={mv} onClose={() => setEditing(false)} />}
      {stageModal && (
        <StageModal
          open
          movementId={id}
          stage={stageModal === 'new' ? undefined : stageModal}
          onClose={() => setStageModal(null)}
          onSaved={refresh}
        />
      )}
    </>
  );
}
