import { CrownOutlined, EditOutlined, SwapOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { type BlocDetail, type BlocYear, emulationKeys } from '../emulation.api';
import { et } from '../emulation.messages';
import { HandoverModal, LeadershipModal, MembersModal } from './bloc-year-modals';

const t = et.blocs;

export function useBlocYear(blocId: string, year: number) {
  return useQuery({
    queryKey: emulationKeys.blocYear(blocId, year),
    queryFn: () => api.get<BlocYear>(`/api/emulation/blocs/${blocId}/years/${year}`),
  });
}

/** One year of a bloc: its members (head and deputy marked), leadership and the year-end handover. */
export function BlocYearCard({
  bloc,
  year,
  writable,
}: {
  bloc: BlocDetail;
  year: number;
  writable: boolean;
}) {
  const data = useBlocYear(bloc.id, year);
  const [modal, setModal] = useState<'members' | 'leadership' | 'handover' | null>(null);
  const y = data.data;
  const lead = y?.leadership;
  const roleOf = (id: string) =>
    lead?.head.id === id ? (
      <Tag color="gold" icon={<CrownOutlined />}>
        {t.headTag}
      </Tag>
    ) : lead?.deputy?.id === id ? (
      <Tag color="blue">{t.deputyTag}</Tag>
    ) : null;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card
          title={
            <Space>
              <TeamOutlined />
              {t.membersOf(year)}
              {y && <Tag>{t.memberCount(y.members.length)}</Tag>}
            </Space>
          }
          extra={
            writable && (
              <Button icon={<EditOutlined />} onClick={() => setModal('members')} disabled={!y}>
                {t.editMembers}
              </Button>
            )
          }
        >
          {data.error && <Alert type="error" showIcon title={errorMessage(data.error)} />}
          <Table
            size="small"
            rowKey="id"
            loading={data.isLoading}
            pagination={false}
            dataSource={y?.members ?? []}
            locale={{ emptyText: <Empty description={t.noMembers} /> }}
            columns={[
              { title: '#', key: 'i', width: 48, render: (_, __, i) => i + 1 },
              { title: t.members, dataIndex: 'name' },
              { title: t.code, dataIndex: 'code', width: 120, render: (c: string | null) => c ?? '—' },
              { title: '', key: 'role', width: 140, render: (_, u) => roleOf(u.id) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card
          title={t.leadershipTitle(year)}
          extra={
            writable &&
            y &&
            !lead?.handedOver && (
              <Button
                icon={<EditOutlined />}
                onClick={() => setModal('leadership')}
                disabled={y.members.length < 1}
              >
                {t.setLeadership}
              </Button>
            )
          }
        >
          {!lead ? (
            <Empty description={t.noLeadership} />
          ) : (
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t.head}>
                <Typography.Text strong>{lead.head.name}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t.deputy}>{lead.deputy?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t.source}>{lead.sourceLabel}</Descriptions.Item>
              {lead.note && <Descriptions.Item label={t.note}>{lead.note}</Descriptions.Item>}
              <Descriptions.Item label={t.handedOver}>
                {lead.handedOver ? (
                  <Tag color="success">{formatDateTime(lead.handedOverAt)}</Tag>
                ) : (
                  <Tag>{t.notHandedOver}</Tag>
                )}
              </Descriptions.Item>
            </Descriptions>
          )}
          {writable && lead && !lead.handedOver && (
            <Button
              type="primary"
              icon={<SwapOutlined />}
              style={{ marginTop: 16 }}
              onClick={() => setModal('handover')}
            >
              {t.handover}
            </Button>
          )}
        </Card>
      </Col>
      {y && modal === 'members' && <MembersModal blocId={bloc.id} year={y} onClose={() => setModal(null)} />}
      {y && modal === 'leadership' && (
        <LeadershipModal blocId={bloc.id} year={y} onClose={() => setModal(null)} />
      )}
      {y && modal === 'handover' && <HandoverModal bloc={bloc} year={y} onClose={() => setModal(null)} />}
    </Row>
  );
}
