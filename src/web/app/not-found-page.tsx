import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { m } from '../lib/messages';

export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title={<h1 className="tdkt-h1">{m.app.notFoundTitle}</h1>}
      subTitle={m.app.notFoundText}
      extra={
        <Link to="/">
          <Button type="primary">{m.app.backHome}</Button>
        </Link>
      }
    />
  );
}
