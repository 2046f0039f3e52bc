import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { errorMessage } from '../lib/api';
import { m } from '../lib/messages';

/** Shown when a page fails to load or throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  const text = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error);
  return (
    <Result
      status="warning"
      title={m.app.errorTitle}
      subTitle={text}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {m.app.retry}
        </Button>
      }
    />
  );
}
