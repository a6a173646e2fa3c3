import type { AdvisorySeverity } from '../../gql/enums';
import { advisorySeverityLabel } from '../../lib/labels';
import { advisoryTexts as t } from './texts';

/** Severity as a dark badge with its word (colour is never the only cue). */
export function SeverityBadge({ severity }: { severity: AdvisorySeverity }) {
  return (
    <span className={`severity severity-${severity.toLowerCase()}`}>
      {t.severity(advisorySeverityLabel(severity))}
    </span>
  );
}
