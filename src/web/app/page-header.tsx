import { Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { m } from '../lib/messages';

export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
      <Spin size="large" description={m.app.loading} />
    </div>
  );
}

/** The heading row of a page: one h1, the page's main actions; also sets the document title. */
export function PageHeader({
  title,
  extra,
  children,
}: {
  title: string;
  extra?: React.ReactNode;
  children?: React.ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} — ${m.app.title}`;
  }, [title]);
  return (
    <div className="tdkt-page-header">
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} className="tdkt-h1">
          {title}
        </Typography.Title>
        {children}
      </div>
      {extra && <div className="tdkt-page-actions">{extra}</div>}
    </div>
  );
}
