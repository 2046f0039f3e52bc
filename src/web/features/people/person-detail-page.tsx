import { PageHeader } from '../../app/page-header';
import { m } from '../../lib/messages';

export default function Page() {
  return <PageHeader title={m.app.loading} />;
}
