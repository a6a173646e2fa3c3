import { Badge, Group } from '@mantine/core';
import type { IncidentKind, IncidentSeverity, IncidentStatus, TlpLabel } from '../../gql/enums';
import {
  incidentKindLabel,
  incidentSeverityLabel,
  incidentStatusLabel,
  tlpLabel,
} from '../../lib/labels';
import { incidentTexts as t } from './texts';

const SEVERITY_COLOR: Record<IncidentSeverity, string> = {
  LOW: 'gray',
  MEDIUM: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};

/** Kind, severity, TLP label and status as text badges (the words carry the meaning, not the colour). */
export function IncidentBadges({
  kind,
  severity,
  tlp,
  status,
}: {
  kind: IncidentKind;
  severity: IncidentSeverity;
  tlp: TlpLabel;
  status: IncidentStatus;
}) {
  return (
    <Group gap="xs" wrap="wrap">
      <Badge tt="none" variant="outline" color="dark">
        {incidentKindLabel(kind)}
      </Badge>
      <Badge tt="none" variant="light" color={SEVERITY_COLOR[severity]} c="dark">
        {`${t.severity}: ${incidentSeverityLabel(severity)}`}
      </Badge>
      <Badge tt="none" variant="filled" color="dark">
        {tlpLabel(tlp)}
      </Badge>
      <Badge tt="none" variant="outline" color="blue" c="dark">
        {`${t.status}: ${incidentStatusLabel(status)}`}
      </Badge>
    </Group>
  );
}
