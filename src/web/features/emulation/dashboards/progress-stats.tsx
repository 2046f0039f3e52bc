import { Card, Col, Row, Statistic } from 'antd';
import { formatPercent } from '../shared/numbers';
import type { Progress } from '../scoring/scoring.api';
import { st } from '../scoring/scoring.messages';

/** The three roll-up figures: weighted progress, achievement, coverage. */
export function ProgressStats({ progress }: { progress: Progress }) {
  const stat = (title: string, value: number | null, color?: string) => (
    <Col xs={24} md={8}>
      <Card size="small">
        <Statistic title={title} value={formatPercent(value)} styles={{ content: { color } }} />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[16, 16]}>
      {stat(st.dash.progress, progress.progress, '#b71c1c')}
      {stat(st.dash.achievement, progress.achievement)}
      {stat(st.dash.coverage, progress.coverage)}
    </Row>
  );
}
