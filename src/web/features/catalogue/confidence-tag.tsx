import { Tag, Tooltip } from 'antd';
import { CONFIDENCE_LABELS, type Confidence } from '../../../domain/awards/catalogue';
import { m } from '../../lib/messages';

const CONFIDENCE_COLORS: Record<Confidence, string> = {
  V: 'green',
  V2: 'cyan',
  R: 'orange',
  L: 'blue',
  D: 'magenta',
};

/** A confidence tag of law-reference §0.1 (V, V2, R, L, D) with its meaning on hover. */
export function ConfidenceTag({ tag }: { tag: Confidence }) {
  const label = CONFIDENCE_LABELS[tag];
  return (
    <Tooltip title={label}>
      <Tag color={CONFIDENCE_COLORS[tag]} aria-label={`${m.catalogue.confidence}: ${label}`}>
        {tag}
      </Tag>
    </Tooltip>
  );
}
