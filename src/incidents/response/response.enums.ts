import { registerEnumType } from '@nestjs/graphql';

export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(TaskStatus, {
  name: 'IncidentTaskStatus',
  description: 'State of an incident task.',
  valuesMap: {
    OPEN: { description: 'Offen: not started.' },
    IN_PROGRESS: { description: 'In Arbeit.' },
    DONE: { description: 'Erledigt.' },
  },
});

export enum ReportingObligationKind {
  DATA_PROTECTION = 'DATA_PROTECTION',
  BSI = 'BSI',
  POLICE = 'POLICE',
  INSURER = 'INSURER',
}
registerEnumType(ReportingObligationKind, {
  name: 'ReportingObligationKind',
  description: 'A reporting obligation after an incident.',
  valuesMap: {
    DATA_PROTECTION: {
      description:
        'Personal data breach to the data-protection authority (LDI NRW) within 72 hours of becoming aware (GDPR art. 33).',
    },
    BSI: { description: 'Report to the BSI where a duty applies (e.g. KRITIS, BSIG).' },
    POLICE: { description: 'Criminal complaint to the police (ZAC NRW, cybercrime).' },
    INSURER: { description: 'Notice to the cyber insurer.' },
  },
});

export enum MirtStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  ON_SITE = 'ON_SITE',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
}
registerEnumType(MirtStatus, {
  name: 'MirtStatus',
  description: 'State of a MIRT deployment.',
  valuesMap: {
    REQUESTED: { description: 'Angefordert: waiting for the CERT duty roster.' },
    ACCEPTED: { description: 'Angenommen: the team is on its way.' },
    ON_SITE: { description: 'Vor Ort.' },
    COMPLETED: { description: 'Abgeschlossen.' },
    DECLINED: { description: 'Abgelehnt, with a reason.' },
  },
});

export enum LessonsLearnedStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(LessonsLearnedStatus, {
  name: 'LessonsLearnedStatus',
  description: 'State of a lessons-learned post.',
  valuesMap: {
    DRAFT: { description: 'Entwurf: the author edits it (also after the review sent it back).' },
    IN_REVIEW: { description: 'Submitted; the CERT duty roster reviews it.' },
    PUBLISHED: { description: 'Published as a forum topic.' },
  },
});
