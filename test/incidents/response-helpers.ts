import { ChannelsService } from '../../src/chat/channels.service';
import { ChannelKind, ChannelRole } from '../../src/chat/chat.enums';
import { CertDuty } from '../../src/incidents/cert-duty.entity';
import { IncidentAffectedOrganisation } from '../../src/incidents/incident-affected-organisation.entity';
import { IncidentParticipant } from '../../src/incidents/incident-participant.entity';
import { Incident } from '../../src/incidents/incident.entity';
import {
  AffectedReason,
  IncidentKind,
  IncidentSeverity,
  IncidentStatus,
  ParticipantReason,
} from '../../src/incidents/incident.enums';
import { TlpLabel } from '../../src/advisories/advisory.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor } from '../helpers/factories';
import type { TestApp } from '../helpers/test-app';

/** Puts a CERT member on the duty roster (what an ORG_ADMIN of the CERT does in the core). */
export async function putOnDuty(t: TestApp, a: Actor): Promise<void> {
  await t.db
    .getRepository(CertDuty)
    .save({ memberId: a.member.id, organisationId: a.organisation.id, addedById: null });
}

export interface IncidentSetup {
  reporter: Actor;
  participants: Actor[];
  kind?: IncidentKind;
  tlp?: TlpLabel;
  status?: IncidentStatus;
  title?: string;
  createdAt?: Date;
}

/**
 * An incident as the core leaves it after a report: participants (with room membership) and the
 * reporter's organisation on the affected list. Written directly so that these suites test the
 * response features, not the core's report flow (tested in the core's own suites).
 */
export async function createIncident(t: TestApp, s: IncidentSetup): Promise<Incident> {
  return t.db.transaction(async (manager) => {
    const all = [s.reporter, ...s.participants];
    const channel = await t.app.get(ChannelsService).insertChannel(manager, {
      kind: ChannelKind.INCIDENT,
      name: `Vorfall: ${s.title ?? 'Test'}`.slice(0, 80),
      tlp: 'RED',
      createdById: s.reporter.member.id,
      members: new Map(all.map((a) => [a.member.id, ChannelRole.MEMBER])),
    });
    const incident = await manager.getRepository(Incident).save({
      kind: s.kind ?? IncidentKind.RANSOMWARE,
      severity: IncidentSeverity.HIGH,
      tlp: s.tlp ?? TlpLabel.RED,
      status: s.status ?? IncidentStatus.IN_PROGRESS,
      organisationId: s.reporter.organisation.id,
      reporterId: s.reporter.member.id,
      title: s.title ?? 'Verschlüsselte Server im Rechenzentrum',
      description: 'Seit 6 Uhr sind die Fachverfahren nicht erreichbar.',
      consentToProvider: true,
      channelId: channel.id,
      closedAt: s.status === IncidentStatus.CLOSED ? new Date() : null,
    });
    if (s.createdAt)
      await manager.query(`UPDATE incidents SET created_at = $2 WHERE id = $1`, [
        incident.id,
        s.createdAt,
      ]);
    await manager.getRepository(IncidentParticipant).save(
      all.map((a) => ({
        incidentId: incident.id,
        memberId: a.member.id,
        reason:
          a === s.reporter
            ? ParticipantReason.REPORTING_ORGANISATION
            : ParticipantReason.AFFECTED_ORGANISATION,
      })),
    );
    const orgs = [...new Map(all.map((a) => [a.organisation.id, a.organisation])).values()];
    await manager.getRepository(IncidentAffectedOrganisation).save(
      orgs
        .filter((o) => o.kind !== OrganisationKind.CERT)
        .map((o) => ({
          incidentId: incident.id,
          organisationId: o.id,
          reason:
            o.id === s.reporter.organisation.id ? AffectedReason.REPORTER : AffectedReason.ADDED,
          services: [],
          consentToProvider: false,
          situation: null,
          note: null,
          answeredById: null,
          answeredAt: null,
          addedById: s.reporter.member.id,
        })),
    );
    return manager.getRepository(Incident).findOneByOrFail({ id: incident.id });
  });
}
