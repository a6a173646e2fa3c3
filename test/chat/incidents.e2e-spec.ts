import { AuditEvent } from '../../src/audit/audit-event.entity';
import { ChannelMember } from '../../src/chat/channel-member.entity';
import { Channel } from '../../src/chat/channel.entity';
import { Incident } from '../../src/incidents/incident.entity';
import { OrganisationRole } from '../../src/members/member.enums';
import { Notification } from '../../src/notifications/notification.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import {
  Actor,
  Cast,
  createActor,
  createCast,
  createOrganisation,
  ROLES,
  tokenOf,
} from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { connect, emitAck, nextEvent } from './chat-client';

const REPORT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id status channelId organisationId reporterId } }`;
const input = (consentToProvider: boolean) => ({
  title: 'Verschlüsselte Server',
  description: 'Seit 6 Uhr sind die Fachverfahren nicht erreichbar.',
  consentToProvider,
});

describe('incident rooms', () => {
  let t: TestApp;
  let cast: Cast;
  let duty: Actor;
  let providerColleague: Actor;
  let otherProvider: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    // CERT duty = active ORG_ADMINs of CERT organisations.
    duty = await createActor(t, OrganisationKind.CERT, {
      organisation: cast.cert.organisation,
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    providerColleague = await createActor(t, OrganisationKind.IT_PROVIDER, {
      organisation: cast.provider.organisation,
    });
    otherProvider = await createActor(t, OrganisationKind.IT_PROVIDER, {
      organisation: await createOrganisation(t, OrganisationKind.IT_PROVIDER),
    });
  });
  afterAll(() => t.close());

  const membersOf = async (channelId: string) =>
    (await t.db.getRepository(ChannelMember).findBy({ channelId })).map((m) => m.memberId).sort();

  it('opens a TLP:RED channel with the reporter and the CERT duty team; providers only with consent', async () => {
    const res = await t.gql(REPORT, { input: input(false) }, cast.municipal.token);
    expect(res.errors).toBeUndefined();
    const incident = res.data.reportIncident;
    expect(incident).toMatchObject({
      status: 'REPORTED',
      organisationId: cast.municipal.organisation.id,
      reporterId: cast.municipal.member.id,
    });
    const channel = await t.db.getRepository(Channel).findOneByOrFail({ id: incident.channelId });
    expect(channel).toMatchObject({ kind: 'INCIDENT', tlp: 'RED' });
    expect(await membersOf(channel.id)).toEqual([cast.municipal.member.id, duty.member.id].sort());
  });

  it('with consent adds the staff of the organisation’s providers from the register, not other providers', async () => {
    const dutySocket = await connect(t, duty.token);
    const invited = nextEvent(dutySocket, 'notification');
    const added = nextEvent(dutySocket, 'channel:added');
    const res = await t.gql(REPORT, { input: input(true) }, cast.municipal.token);
    const { channelId, id } = res.data.reportIncident;
    expect(await membersOf(channelId)).toEqual(
      [
        cast.municipal.member.id,
        duty.member.id,
        cast.provider.member.id,
        providerColleague.member.id,
      ].sort(),
    );
    expect(await membersOf(channelId)).not.toContain(otherProvider.member.id);
    const notes = await t.db
      .getRepository(Notification)
      .findBy({ targetId: channelId, kind: 'INCIDENT_INVITATION' });
    expect(notes.map((n) => n.memberId).sort()).toEqual(
      [duty.member.id, cast.provider.member.id, providerColleague.member.id].sort(),
    );
    expect(await invited).toMatchObject({ kind: 'INCIDENT_INVITATION', targetId: channelId });
    expect(await added).toEqual({ channelId });
    // The invitee can join the room right away; an outsider cannot, nor read the incident.
    expect((await emitAck(dutySocket, 'channel:join', { channelId })).error).toBeUndefined();
    // Reading the RED room's messages is audited.
    await emitAck(dutySocket, 'message:send', {
      channelId,
      clientMessageId: 'lage-1',
      body: 'Wir sind dran.',
    });
    await t.gql(
      `query($c: ID!) { messages(channelId: $c) { nodes { id } } }`,
      { c: channelId },
      cast.provider.token,
    );
    expect(
      await t.db.getRepository(AuditEvent).countBy({
        action: 'chat.red_read',
        actorId: cast.provider.member.id,
        targetId: channelId,
      }),
    ).toBe(1);
    dutySocket.disconnect();
    expect(
      errorCode(
        await t.gql(`query($id: ID!) { incident(id: $id) { id } }`, { id }, otherProvider.token),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (await t.gql(`query($id: ID!) { incident(id: $id) { title } }`, { id }, cast.provider.token))
        .data.incident.title,
    ).toBe('Verschlüsselte Server');
  });

  it('any active member may report for their organisation (role matrix)', async () => {
    const result: Record<string, string | null> = {};
    for (const role of ROLES) {
      const res = await t.gql(REPORT, { input: input(false) }, tokenOf(cast, role));
      result[role] = res.errors ? errorCode(res) : 'OK';
      if (!res.errors && role !== 'anonymous')
        expect(res.data.reportIncident.organisationId).toBe(cast[role].organisation.id);
    }
    expect(result).toEqual({
      anonymous: 'UNAUTHENTICATED',
      municipal: 'OK',
      municipalOrgAdmin: 'OK',
      provider: 'OK',
      cert: 'OK',
      moderator: 'OK',
      admin: 'OK',
      disabled: 'UNAUTHENTICATED',
    });
  });

  it('bad input names the field and writes nothing', async () => {
    const before = await t.db.getRepository(Incident).count();
    for (const [bad, field] of [
      [{ ...input(false), title: '  ' }, 'title'],
      [{ ...input(false), description: 'x'.repeat(4001) }, 'description'],
    ] as const) {
      const res = await t.gql(REPORT, { input: bad }, cast.municipal.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await t.db.getRepository(Incident).count()).toBe(before);
  });
});
