import { CertDuty } from './cert-duty.entity';
import { IncidentAffectedOrganisation } from './incident-affected-organisation.entity';
import { Incident } from './incident.entity';
import { IncidentParticipant } from './incident-participant.entity';
import { IncidentTimelineEntry } from './incident-timeline-entry.entity';

/** The incident domain's tables (src/database/entities.ts lists them once for app, CLI and tests). */
export const INCIDENT_ENTITIES = [
  Incident,
  IncidentTimelineEntry,
  IncidentAffectedOrganisation,
  IncidentParticipant,
  CertDuty,
];
