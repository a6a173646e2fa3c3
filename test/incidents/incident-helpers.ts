import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { OrganisationRole } from '../../src/members/member.enums';
import { Actor, createActor } from '../helpers/factories';
import type { Organisation } from '../../src/organisations/organisation.entity';
import type { TestApp } from '../helpers/test-app';

export const REPORT = `mutation($input: ReportIncidentInput!) {
  reportIncident(input: $input) { id status kind severity tlp channelId organisationId reporterId }
}`;
export const INCIDENT = `query($id: ID!) { incident(id: $id) {
  id title status tlp canManage
  answerSummary { affected answered affectedConfirmed }
  affectedOrganisations(first: 40) { totalCount nodes { organisationId organisationName reason services situation note answeredBy { id } } }
  participants(first: 40) { totalCount nodes { memberId reason } }
  timeline(first: 40) { totalCount nodes { id type text actorId refersToId data } }
} }`;
export const STATUS = `mutation($id: ID!, $status: IncidentStatus!, $note: String) {
  updateIncidentStatus(id: $id, status: $status, note: $note) { id status closedAt }
}`;
export const ANSWER = `mutation($id: ID!, $input: AnswerIncidentSituationInput!) {
  answerIncidentSituation(id: $id, input: $input) { organisationId situation note answeredBy { id } }
}`;
export const LIST = `query($filter: IncidentFilterInput, $first: Int, $after: String) {
  incidents(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id title status }
  }
}`;
export const TIMELINE_ADD = `mutation($id: ID!, $input: AddIncidentTimelineEntryInput!) {
  addIncidentTimelineEntry(id: $id, input: $input) { id type text refersToId actorId }
}`;
export const DUTY_ON = `mutation($m: ID!) { putOnCertDuty(memberId: $m) { memberId } }`;
export const DUTY_OFF = `mutation($m: ID!) { takeOffCertDuty(memberId: $m) }`;

export const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'OUTAGE',
  severity: 'HIGH',
  title: 'Fachverfahren ausgefallen',
  description: 'Seit 6 Uhr sind die Fachverfahren nicht erreichbar.',
  consentToProvider: false,
  ...overrides,
});

/** A CERT with an ORG_ADMIN who puts `count` further members on duty (through the API). */
export async function certWithDuty(
  t: TestApp,
  cert: Organisation,
): Promise<{ admin: Actor; onDuty: Actor; offDuty: Actor }> {
  const admin = await createActor(t, OrganisationKind.CERT, {
    organisation: cert,
    organisationRole: OrganisationRole.ORG_ADMIN,
  });
  const onDuty = await createActor(t, OrganisationKind.CERT, { organisation: cert });
  const offDuty = await createActor(t, OrganisationKind.CERT, { organisation: cert });
  const res = await t.gql(DUTY_ON, { m: onDuty.member.id }, admin.token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return { admin, onDuty, offDuty };
}
