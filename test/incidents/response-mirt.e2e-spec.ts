import { AuditEvent } from '../../src/audit/audit-event.entity';
import { ChannelMember } from '../../src/chat/channel-member.entity';
import { IncidentParticipant } from '../../src/incidents/incident-participant.entity';
import { IncidentTimelineEntry } from '../../src/incidents/incident-timeline-entry.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { connect, nextEvent } from '../chat/chat-client';
import { Actor, Cast, createActor, createCast } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { createIncident, putOnDuty } from './response-helpers';

const FIELDS = `id status reason onSiteAddress phoneNumbers requestingOrganisationName decisionReason team { memberId displayName }`;
const REQUEST = `mutation($input: RequestMirtInput!) { requestMirt(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideMirtInput!) { decideMirt(input: $input) { ${FIELDS} } }`;
const ASSIGN = `mutation($input: AssignMirtTeamInput!) { assignMirtTeam(input: $input) { ${FIELDS} } }`;
const ADVANCE = `mutation($input: AdvanceMirtInput!) { advanceMirt(input: $input) { ${FIELDS} } }`;
const LIST = `query($id: ID!) { mirtDeployments(incidentId: $id) { totalCount nodes { ${FIELDS} } } }`;
const CANDIDATES = `query($id: ID!) { mirtCandidates(incidentId: $id) { id displayName } }`;
const CONTACT = `query($m: ID!, $i: ID) { emergencyContact(memberId: $m, incidentId: $i) { memberId phone displayName } }`;
const SET_PHONE = `mutation($p: String) { setMyEmergencyPhone(phone: $p) }`;
const request = (incidentId: string) => ({
  incidentId,
  reason: 'Domänencontroller verschlüsselt, wir brauchen Forensik vor Ort.',
  onSiteAddress: 'Rathaus, Markt 1, 57072 Siegen, Raum 204',
  phoneNumbers: ['+49 271 404-0', '0170 1234567'],
});

describe('MIRT deployments and emergency contacts', () => {
  let t: TestApp;
  let cast: Cast;
  let duty: Actor;
  let teamMember: Actor;
  let incidentId: string;
  let channelId: string;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    duty = await createActor(t, OrganisationKind.CERT, { organisation: cast.cert.organisation });
    await putOnDuty(t, duty);
    teamMember = await createActor(t, OrganisationKind.CERT, {
      organisation: cast.cert.organisation,
    });
    const incident = await createIncident(t, {
      reporter: cast.municipal,
      participants: [cast.provider],
    });
    incidentId = incident.id;
    channelId = incident.channelId;
  });
  afterAll(() => t.close());

  const mirtEntries = async () =>
    (
      await t.db.getRepository(IncidentTimelineEntry).find({
        where: { incidentId, type: 'MIRT' as IncidentTimelineEntry['type'] },
        order: { createdAt: 'ASC' },
      })
    ).map((e) => e.text);

  let deploymentId: string;

  it('a municipality requests the MIRT; participants are notified in-app and over the socket', async () => {
    const socket = await connect(t, cast.provider.token);
    const pushed = nextEvent(socket, 'notification');
    const res = await t.gql(REQUEST, { input: request(incidentId) }, cast.municipal.token);
    expect(res.errors).toBeUndefined();
    deploymentId = res.data.requestMirt.id;
    expect(res.data.requestMirt).toMatchObject({
      status: 'REQUESTED',
      requestingOrganisationName: cast.municipal.organisation.name,
      phoneNumbers: ['+49 271 404-0', '0170 1234567'],
    });
    expect(await pushed).toMatchObject({ kind: 'INCIDENT_MIRT', targetId: incidentId });
    socket.disconnect();
    const entries = await mirtEntries();
    expect(entries[0]).toContain('MIRT angefordert');
    expect(entries[0]).toContain('0170 1234567');
    // A second request of the same organisation while one is open is refused.
    expect(
      errorCode(await t.gql(REQUEST, { input: request(incidentId) }, cast.municipalOrgAdmin.token)),
    ).toBe('NOT_FOUND'); // not a participant
    expect(
      errorCode(await t.gql(REQUEST, { input: request(incidentId) }, cast.municipal.token)),
    ).toBe('CONFLICT');
  });

  it('bad input names the field', async () => {
    const res = await t.gql(
      REQUEST,
      { input: { ...request(incidentId), phoneNumbers: ['bitte mailen'] } },
      cast.provider.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toContain('phoneNumbers');
  });

  it('only the duty roster decides: participants get FORBIDDEN, outsiders NOT_FOUND', async () => {
    const input = { deploymentId, accept: true, reason: 'Team fährt los.' };
    expect(errorCode(await t.gql(DECIDE, { input }, cast.provider.token))).toBe('FORBIDDEN');
    for (const outsider of [cast.cert, cast.admin, cast.moderator])
      expect(errorCode(await t.gql(DECIDE, { input }, outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(CANDIDATES, { id: incidentId }, cast.municipal.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(CANDIDATES, { id: incidentId }, cast.cert.token))).toBe(
      'NOT_FOUND',
    );
    const PERMS = `query($id: ID!) { mirtPermissions(incidentId: $id) { onDuty canRequest } }`;
    expect((await t.gql(PERMS, { id: incidentId }, duty.token)).data.mirtPermissions).toEqual({
      onDuty: true,
      canRequest: false,
    });
    expect(
      (await t.gql(PERMS, { id: incidentId }, cast.municipal.token)).data.mirtPermissions,
    ).toEqual({ onDuty: false, canRequest: true });
    expect(errorCode(await t.gql(PERMS, { id: incidentId }, cast.cert.token))).toBe('NOT_FOUND');
  });

  it('duty accepts, assigns a CERT member (who becomes a participant and room member), the team moves it on', async () => {
    const accepted = await t.gql(
      DECIDE,
      { input: { deploymentId, accept: true, reason: 'Team fährt los.' } },
      duty.token,
    );
    expect(accepted.data.decideMirt.status).toBe('ACCEPTED');
    const candidates = (await t.gql(CANDIDATES, { id: incidentId }, duty.token)).data
      .mirtCandidates;
    expect(candidates.map((c: { id: string }) => c.id)).toContain(teamMember.member.id);
    // Only CERT members can be sent.
    expect(
      errorCode(
        await t.gql(
          ASSIGN,
          { input: { deploymentId, memberIds: [cast.provider.member.id] } },
          duty.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const assigned = await t.gql(
      ASSIGN,
      { input: { deploymentId, memberIds: [teamMember.member.id] } },
      duty.token,
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data.assignMirtTeam.team).toEqual([
      { memberId: teamMember.member.id, displayName: teamMember.member.displayName },
    ]);
    expect(
      await t.db
        .getRepository(IncidentParticipant)
        .existsBy({ incidentId, memberId: teamMember.member.id }),
    ).toBe(true);
    expect(
      await t.db
        .getRepository(ChannelMember)
        .existsBy({ channelId, memberId: teamMember.member.id }),
    ).toBe(true);
    expect(
      await t.db.getRepository(Notification).countBy({
        memberId: teamMember.member.id,
        kind: 'INCIDENT_MIRT',
        targetId: incidentId,
      }),
    ).toBeGreaterThan(0);
    // The team member, now a participant, reports arrival; skipping a step is refused.
    expect(
      errorCode(
        await t.gql(ADVANCE, { input: { deploymentId, status: 'COMPLETED' } }, teamMember.token),
      ),
    ).toBe('BAD_USER_INPUT');
    const onSite = await t.gql(
      ADVANCE,
      { input: { deploymentId, status: 'ON_SITE', note: 'Eingetroffen' } },
      teamMember.token,
    );
    expect(onSite.data.advanceMirt.status).toBe('ON_SITE');
    // The requester may follow but not move it on.
    expect(
      errorCode(
        await t.gql(
          ADVANCE,
          { input: { deploymentId, status: 'COMPLETED' } },
          cast.municipal.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const done = await t.gql(ADVANCE, { input: { deploymentId, status: 'COMPLETED' } }, duty.token);
    expect(done.data.advanceMirt.status).toBe('COMPLETED');
    const seen = (await t.gql(LIST, { id: incidentId }, cast.municipal.token)).data.mirtDeployments;
    expect(seen.nodes[0].status).toBe('COMPLETED');
    expect(await mirtEntries()).toEqual([
      expect.stringContaining('MIRT angefordert'),
      'MIRT-Anforderung angenommen: Team fährt los.',
      `MIRT-Team zugewiesen: ${teamMember.member.displayName}`,
      'MIRT vor Ort: Eingetroffen',
      'MIRT abgeschlossen',
    ]);
  });

  it('a decline needs a reason and is on the timeline', async () => {
    const second = await t.gql(REQUEST, { input: request(incidentId) }, cast.provider.token);
    const id = second.data.requestMirt.id;
    expect(
      errorCode(await t.gql(DECIDE, { input: { deploymentId: id, accept: false } }, duty.token)),
    ).toBe('BAD_USER_INPUT');
    const declined = await t.gql(
      DECIDE,
      { input: { deploymentId: id, accept: false, reason: 'Team bereits im Einsatz.' } },
      duty.token,
    );
    expect(declined.data.decideMirt).toMatchObject({
      status: 'DECLINED',
      decisionReason: 'Team bereits im Einsatz.',
    });
    expect((await mirtEntries()).at(-1)).toBe(
      'MIRT-Anforderung abgelehnt: Team bereits im Einsatz.',
    );
  });

  it('outsiders get NOT_FOUND for the list and every step', async () => {
    for (const outsider of [cast.cert, cast.admin, cast.moderator]) {
      expect(errorCode(await t.gql(LIST, { id: incidentId }, outsider.token))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(REQUEST, { input: request(incidentId) }, outsider.token))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(
          await t.gql(
            ASSIGN,
            { input: { deploymentId, memberIds: [teamMember.member.id] } },
            outsider.token,
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await t.gql(ADVANCE, { input: { deploymentId, status: 'ON_SITE' } }, outsider.token),
        ),
      ).toBe('NOT_FOUND');
    }
  });

  describe('emergency contacts', () => {
    it('a member keeps their own number; a malformed one is refused naming the field', async () => {
      expect(errorCode(await t.gql(SET_PHONE, { p: 'ruf mich an' }, cast.municipal.token))).toBe(
        'BAD_USER_INPUT',
      );
      const set = await t.gql(SET_PHONE, { p: '0170 9876543' }, cast.municipal.token);
      expect(set.data.setMyEmergencyPhone).toBe('0170 9876543');
      expect(
        (await t.gql(`{ myEmergencyPhone }`, {}, cast.municipal.token)).data.myEmergencyPhone,
      ).toBe('0170 9876543');
    });

    it('co-participants and the duty roster see it, each look audited', async () => {
      const before = await t.db
        .getRepository(AuditEvent)
        .countBy({ action: 'emergency_contact.read', targetId: cast.municipal.member.id });
      const byPeer = await t.gql(
        CONTACT,
        { m: cast.municipal.member.id, i: incidentId },
        cast.provider.token,
      );
      expect(byPeer.data.emergencyContact.phone).toBe('0170 9876543');
      const byDuty = await t.gql(CONTACT, { m: cast.municipal.member.id }, duty.token);
      expect(byDuty.data.emergencyContact.phone).toBe('0170 9876543');
      const audits = await t.db.getRepository(AuditEvent).find({
        where: { action: 'emergency_contact.read', targetId: cast.municipal.member.id },
      });
      expect(audits.length - before).toBe(2);
      expect(audits.map((a) => a.actorId)).toEqual(
        expect.arrayContaining([cast.provider.member.id, duty.member.id]),
      );
    });

    it('refuses everyone else with NOT_FOUND (also without an incident, and for a non-participant member)', async () => {
      // A member of another organisation, not a participant of the incident.
      expect(
        errorCode(
          await t.gql(
            CONTACT,
            { m: cast.municipal.member.id, i: incidentId },
            cast.moderator.token,
          ),
        ),
      ).toBe('NOT_FOUND');
      // A participant without naming an incident (that is the duty roster's privilege).
      expect(
        errorCode(await t.gql(CONTACT, { m: cast.municipal.member.id }, cast.provider.token)),
      ).toBe('NOT_FOUND');
      // CERT member not on duty, ADMIN.
      for (const who of [cast.cert, cast.admin])
        expect(errorCode(await t.gql(CONTACT, { m: cast.municipal.member.id }, who.token))).toBe(
          'NOT_FOUND',
        );
      // A participant asking for a member who does not take part in that incident.
      await t.gql(SET_PHONE, { p: '0171 1111111' }, cast.moderator.token);
      expect(
        errorCode(
          await t.gql(CONTACT, { m: cast.moderator.member.id, i: incidentId }, cast.provider.token),
        ),
      ).toBe('NOT_FOUND');
      expect(
        await t.db.getRepository(AuditEvent).countBy({
          action: 'emergency_contact.read',
          targetId: cast.moderator.member.id,
        }),
      ).toBe(0);
    });
  });
});
