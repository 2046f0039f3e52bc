import { App, Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { ReasonModal } from '../nominations/reason-modal';
import { COMMENT_COLORS, type Comment } from './consultation.api';

/** Citizens' comments with the moderation buttons (publish / hide with a reason). */
export function CommentList({
  comments,
  canModerate,
  onChanged,
}: {
  comments: Comment[];
  canModerate: boolean;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const [hiding, setHiding] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const moderate = async (id: string, action: 'publish' | 'hide', reason?: string) => {
    setBusy(true);
    try {
      await api.post(`/api/consultation-comments/${id}/moderate`, { action, reason });
      void message.success(action === 'publish' ? 'Đã công bố ý kiến' : 'Đã ẩn ý kiến');
      setHiding(null);
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <List
        size="small"
        dataSource={comments}
        locale={{ emptyText: 'Chưa có ý kiến của người dân' }}
        renderItem={(c) => (
          <List.Item
            actions={
              canModerate
                ? [
                    c.status !== 'published' && (
                      <Button
                        key="p"
                        size="small"
                        loading={busy}
                        onClick={() => void moderate(c.id, 'publish')}
                      >
                        Công bố
                      </Button>
                    ),
                    c.status !== 'hidden' && (
                      <Button key="h" size="small" danger onClick={() => setHiding(c.id)}>
                        Ẩn
                      </Button>
                    ),
                  ].filter(Boolean)
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{c.authorName ?? 'Người dân (không ghi tên)'}</span>
                  {c.contact && <Typography.Text type="secondary">{c.contact}</Typography.Text>}
                  <Tag color={COMMENT_COLORS[c.status]}>{c.statusLabel}</Tag>
                  <Typography.Text type="secondary">{formatDateTime(c.createdAt)}</Typography.Text>
                </Space>
              }
              description={
                <>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{c.text}</span>
                  {c.redactions.length > 0 && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="redactions">
                      Khi công bố sẽ ẩn:{' '}
                      {c.redactions.map((r, i) => (
                        <Tag key={i} color="gold">
                          {r.label}: {r.original}
                        </Tag>
                      ))}
                      <br />
                      Nội dung công bố: <span style={{ whiteSpace: 'pre-wrap' }}>{c.publicText}</span>
                    </Typography.Paragraph>
                  )}
                  {c.moderationReason && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      Lý do ẩn: {c.moderationReason} ({c.moderatedBy})
                    </Typography.Paragraph>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {hiding && (
        <ReasonModal
          title="Ẩn ý kiến của người dân"
          required
          loading={busy}
          onCancel={() => setHiding(null)}
          onOk={(reason) => void moderate(hiding, 'hide', reason)}
        />
      )}
    </>
  );
}
