import { ChannelMember } from '../../src/chat/channel-member.entity';
import { IncidentTimelineEntry } from '../../src/incidents/incident-timeline-entry.entity';
import { OrganisationRole } from '../../src/members/member.enums';
import { Notification } from '../../src/notifications/notification.entity';
import { OrganisationKind, ServiceKind } from '../../src/organisations/organisation.enums';
import { Actor, Cast, createActor, createCast, linkProvider } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { connect, flush, nextEvent, record } from '../chat/chat-client';
import {
  ANSWER,
  certWithDuty,
  DUTY_OFF,
  DUTY_ON,
  INCIDENT,
  LIST,
  report,
  REPORT,
  STATUS,
  TIMELINE_ADD,
} from './incident-helpers';

describe('incidents', () => {
  let t: TestApp;
  let cast: Cast;
  let duty: { admin: Actor; onDuty: Actor; offDuty: Actor };
  /** A provider serving three municipalities, each with an ISB; one more municipality it does not serve. */
  let provider: Actor;
  let served: Actor[];
  let unrelated: Actor;
  /** Another provider of served[0] (for consent). */
  let secondProvider: Actor;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    duty = await certWithDuty(t, cast.cert.organisation);
    provider = await createActor(t, OrganisationKind.IT_PROVIDER);
    served = [];
    for (let i = 0; i < 3; i++) {
      const isb = await createActor(t, OrganisationKind.MUNICIPALITY);
      await linkProvider(t, provider.organisation, isb.organisation, [
        ServiceKind.DATA_CENTRE_HOSTING,
        ServiceKind.EMAIL,
      ]);
      served.push(isb);
    }
    unrelated = await createActor(t, OrganisationKind.MUNICIPALITY);
    secondProvider = await createActor(t, OrganisationKind.IT_PROVIDER);
    await linkProvider(t, secondProvider.organisation, served[0].organisation, [
      ServiceKind.NETWORK,
    ]);
  });
  afterAll(() => t.close());

  const roomOf = async (channelId: string) =>
    (await t.db.getRepository(ChannelMember).findBy({ channelId })).map((m) => m.memberId).sort();
  const ok = <T = any>(res: { data?: any; errors?: unknown }): T => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const read = async (id: string, token: string) =>
    ok(await t.gql(INCIDENT, { id }, token)).incident;

  it('a municipality reports: its members and the CERT duty take part, the room follows, the others are notified', async () => {
    const dutySocket = await connect(t, duty.onDuty.token);
    const added = nextEvent(dutySocket, 'channel:added');
    const notified = nextEvent(dutySocket, 'notification');
    const incident = ok(
      await t.gql(REPORT, { input: report() }, cast.municipal.token),
    ).reportIncident;
    expect(incident).toMatchObject({
      status: 'REPORTED',
      kind: 'OUTAGE',
      severity: 'HIGH',
      tlp: 'RED',
      organisationId: cast.municipal.organisation.id,
    });
    const expected = [
      cast.municipal.member.id,
      cast.municipalOrgAdmin.member.id,
      duty.onDuty.member.id,
    ].sort();
    expect(await roomOf(incident.channelId)).toEqual(expected);
    const full = await read(incident.id, cast.municipal.token);
    expect(full.participants.nodes.map((p: { memberId: string }) => p.memberId).sort()).toEqual(
      expected,
    );
    expect(full.affectedOrganisations.nodes).toEqual([
      expect.objectContaining({
        organisationId: cast.municipal.organisation.id,
        reason: 'REPORTER',
      }),
    ]);
    expect(full.timeline.nodes[0]).toMatchObject({
      type: 'STATUS_CHANGE',
      data: { to: 'REPORTED' },
    });
    expect(await added).toEqual({ channelId: incident.channelId });
    const note = await notified;
    expect(note).toMatchObject({
      kind: 'INCIDENT_REPORTED',
      targetType: 'incident',
      targetId: incident.id,
    });
    // The text names nothing of the incident.
    expect(JSON.stringify(note)).not.toContain('Fachverfahren');
    const notes = await t.db.getRepository(Notification).findBy({ targetId: incident.id });
    expect(notes.map((n) => n.memberId).sort()).toEqual(
      [cast.municipalOrgAdmin.member.id, duty.onDuty.member.id].sort(),
    );
    dutySocket.disconnect();
    // Without consent the provider is not in; nor the CERT member off duty, nor the CERT ORG_ADMIN.
    for (const outsider of [cast.provider, duty.offDuty, duty.admin, cast.admin, unrelated])
      expect(errorCode(await t.gql(INCIDENT, { id: incident.id }, outsider.token))).toBe(
        'NOT_FOUND',
      );
  });

  it('an IT provider reports: every municipality it serves (with the services) is affected, and only those', async () => {
    const isbSocket = await connect(t, served[1].token);
    const notified = nextEvent(isbSocket, 'notification');
    const incident = ok(
      await t.gql(REPORT, { input: report({ kind: 'RANSOMWARE' }) }, provider.token),
    ).reportIncident;
    const full = await read(incident.id, provider.token);
    const affected = full.affectedOrganisations.nodes;
    expect(affected.map((a: { organisationId: string }) => a.organisationId).sort()).toEqual(
      [provider.organisation.id, ...served.map((s) => s.organisation.id)].sort(),
    );
    for (const s of served)
      expect(affected.find((a: any) => a.organisationId === s.organisation.id)).toMatchObject({
        reason: 'SERVED_BY_PROVIDER',
        services: ['DATA_CENTRE_HOSTING', 'EMAIL'],
        situation: null,
      });
    expect(full.answerSummary).toEqual({ affected: 4, answered: 0, affectedConfirmed: 0 });
    expect(await roomOf(incident.channelId)).toEqual(
      [provider.member.id, ...served.map((s) => s.member.id), duty.onDuty.member.id].sort(),
    );
    expect(await notified).toMatchObject({ kind: 'INCIDENT_REPORTED', targetId: incident.id });
    isbSocket.disconnect();
    expect(errorCode(await t.gql(INCIDENT, { id: incident.id }, unrelated.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(INCIDENT, { id: incident.id }, secondProvider.token))).toBe(
      'NOT_FOUND',
    );

    // A served municipality answers; the reporter sees who answered.
    const answer = ok(
      await t.gql(
        ANSWER,
        { id: incident.id, input: { situation: 'AFFECTED', note: 'Bürgerbüro steht.' } },
        served[1].token,
      ),
    ).answerIncidentSituation;
    expect(answer).toMatchObject({
      organisationId: served[1].organisation.id,
      situation: 'AFFECTED',
      answeredBy: { id: served[1].member.id },
    });
    const after = await read(incident.id, provider.token);
    expect(after.answerSummary).toEqual({ affected: 4, answered: 1, affectedConfirmed: 1 });
    expect(after.timeline.nodes.at(-1)).toMatchObject({
      type: 'AFFECTED_ORGANISATION',
      actorId: served[1].member.id,
    });
    // Only for one's own, affected organisation: the CERT on duty reads but is not affected.
    expect(
      errorCode(
        await t.gql(
          ANSWER,
          { id: incident.id, input: { situation: 'UNCLEAR' } },
          duty.onDuty.token,
        ),
      ),
    ).toBe('FORBIDDEN');

    // Consent brings the municipality's other provider in, withdrawing it takes it out again.
    const consent = (value: boolean) =>
      t.gql(
        ANSWER,
        { id: incident.id, input: { situation: 'AFFECTED', consentToProvider: value } },
        served[0].token,
      );
    ok(await consent(true));
    expect(await roomOf(incident.channelId)).toContain(secondProvider.member.id);
    expect((await read(incident.id, secondProvider.token)).id).toBe(incident.id);
    const providerSocket = await connect(t, secondProvider.token);
    const removed = nextEvent(providerSocket, 'channel:removed');
    ok(await consent(false));
    expect(await removed).toEqual({ channelId: incident.channelId });
    providerSocket.disconnect();
    expect(await roomOf(incident.channelId)).not.toContain(secondProvider.member.id);
    expect(errorCode(await t.gql(INCIDENT, { id: incident.id }, secondProvider.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('affected organisations are added and removed by the reporting organisation or the CERT duty', async () => {
    const incident = ok(
      await t.gql(REPORT, { input: report() }, cast.municipal.token),
    ).reportIncident;
    const ADD = `mutation($id: ID!, $o: ID!) { addIncidentAffectedOrganisation(id: $id, organisationId: $o) { organisationId organisationName reason } }`;
    const REMOVE = `mutation($id: ID!, $o: ID!) { removeIncidentAffectedOrganisation(id: $id, organisationId: $o) }`;
    const socket = await connect(t, unrelated.token);
    const note = nextEvent(socket, 'notification');
    const added = ok(
      await t.gql(ADD, { id: incident.id, o: unrelated.organisation.id }, duty.onDuty.token),
    );
    expect(added.addIncidentAffectedOrganisation).toMatchObject({
      organisationId: unrelated.organisation.id,
      organisationName: unrelated.organisation.name,
      reason: 'ADDED',
    });
    expect(await note).toMatchObject({ kind: 'INCIDENT_AFFECTED', targetId: incident.id });
    expect(await roomOf(incident.channelId)).toContain(unrelated.member.id);
    // The added organisation reads but does not manage.
    expect((await read(incident.id, unrelated.token)).canManage).toBe(false);
    expect(
      errorCode(
        await t.gql(ADD, { id: incident.id, o: served[2].organisation.id }, unrelated.token),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(ADD, { id: incident.id, o: unrelated.organisation.id }, cast.municipal.token),
      ),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await t.gql(
          REMOVE,
          { id: incident.id, o: cast.municipal.organisation.id },
          duty.onDuty.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const removed = nextEvent(socket, 'channel:removed');
    ok(
      await t.gql(
        REMOVE,
        { id: incident.id, o: unrelated.organisation.id },
        cast.municipalOrgAdmin.token,
      ),
    );
    expect(await removed).toEqual({ channelId: incident.channelId });
    socket.disconnect();
    expect(errorCode(await t.gql(INCIDENT, { id: incident.id }, unrelated.token))).toBe(
      'NOT_FOUND',
    );
    // The room itself cannot be managed by hand.
    const INVITE = `mutation($c: ID!, $m: [ID!]!) { inviteToChannel(channelId: $c, memberIds: $m) { id } }`;
    expect(
      errorCode(
        await t.gql(
          INVITE,
          { c: incident.channelId, m: [unrelated.member.id] },
          cast.municipal.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('status: lifecycle with reopen, each change on the timeline and notified; managers only', async () => {
    const { id } = ok(
      await t.gql(REPORT, { input: report() }, cast.municipal.token),
    ).reportIncident;
    for (const status of ['IN_PROGRESS', 'CONTAINED', 'RESOLVED', 'CLOSED'])
      expect(
        ok(await t.gql(STATUS, { id, status }, duty.onDuty.token)).updateIncidentStatus.status,
      ).toBe(status);
    const closed = ok(
      await t.gql(LIST, { filter: { open: false } }, cast.municipal.token),
    ).incidents;
    expect(closed.nodes.map((n: { id: string }) => n.id)).toContain(id);
    expect(errorCode(await t.gql(STATUS, { id, status: 'CLOSED' }, cast.municipal.token))).toBe(
      'CONFLICT',
    );
    const reopened = ok(
      await t.gql(STATUS, { id, status: 'IN_PROGRESS', note: 'Neue Funde' }, cast.municipal.token),
    ).updateIncidentStatus;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', closedAt: null });
    const timeline = (await read(id, cast.municipal.token)).timeline.nodes.filter(
      (e: { type: string }) => e.type === 'STATUS_CHANGE',
    );
    expect(timeline.map((e: any) => e.data.to)).toEqual([
      'REPORTED',
      'IN_PROGRESS',
      'CONTAINED',
      'RESOLVED',
      'CLOSED',
      'IN_PROGRESS',
    ]);
    expect(timeline.at(-1)).toMatchObject({
      text: 'Wieder eröffnet: abgeschlossen → in Bearbeitung. Neue Funde',
      data: { reopened: true },
    });
    expect(
      await t.db
        .getRepository(Notification)
        .countBy({ targetId: id, kind: 'INCIDENT_STATUS', memberId: cast.municipal.member.id }),
    ).toBe(4);
    // A participant that is neither the reporting organisation nor on duty may not.
    const ADD = `mutation($id: ID!, $o: ID!) { addIncidentAffectedOrganisation(id: $id, organisationId: $o) { organisationId } }`;
    ok(await t.gql(ADD, { id, o: served[2].organisation.id }, cast.municipal.token));
    expect(errorCode(await t.gql(STATUS, { id, status: 'CONTAINED' }, served[2].token))).toBe(
      'FORBIDDEN',
    );
  });

  it('two participants changing the status at once: both entries land, the final state is the later one', async () => {
    for (let round = 0; round < 3; round++) {
      const { id } = ok(
        await t.gql(REPORT, { input: report() }, cast.municipal.token),
      ).reportIncident;
      const [a, b] = await Promise.all([
        t.gql(STATUS, { id, status: 'IN_PROGRESS' }, cast.municipal.token),
        t.gql(STATUS, { id, status: 'CONTAINED' }, duty.onDuty.token),
      ]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const entries = await t.db.getRepository(IncidentTimelineEntry).find({
        where: { incidentId: id, type: 'STATUS_CHANGE' as any },
        order: { createdAt: 'ASC' },
      });
      expect(entries).toHaveLength(3);
      const [, first, second] = entries.map((e) => e.data as { from: string; to: string });
      // Serialised by the row lock: the second change starts where the first ended.
      expect(second.from).toBe(first.to);
      expect(first.from).toBe('REPORTED');
      const full = await read(id, cast.municipal.token);
      expect(full.status).toBe(second.to);
      expect(
        full.timeline.nodes.filter((e: any) => e.type === 'STATUS_CHANGE').at(-1).data.to,
      ).toBe(full.status);
    }
  });

  it('timeline: typed entries, corrections refer to the old entry, platform types refused', async () => {
    const { id } = ok(
      await t.gql(REPORT, { input: report() }, cast.municipal.token),
    ).reportIncident;
    const entry = ok(
      await t.gql(
        TIMELINE_ADD,
        { id, input: { type: 'MEASURE', text: 'Server vom Netz getrennt' } },
        cast.municipal.token,
      ),
    ).addIncidentTimelineEntry;
    const correction = ok(
      await t.gql(
        TIMELINE_ADD,
        { id, input: { type: 'CORRECTION', text: 'Nur zwei Server', refersToId: entry.id } },
        duty.onDuty.token,
      ),
    ).addIncidentTimelineEntry;
    expect(correction).toMatchObject({ refersToId: entry.id, actorId: duty.onDuty.member.id });
    for (const [input, field] of [
      [{ type: 'CORRECTION', text: 'ohne Bezug' }, 'refersToId'],
      [{ type: 'STATUS_CHANGE', text: 'von Hand' }, 'type'],
      [{ type: 'OBSERVATION', text: '   ' }, 'text'],
    ] as const) {
      const res = await t.gql(TIMELINE_ADD, { id, input }, cast.municipal.token);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // A reference into another incident is refused.
    const other = ok(await t.gql(REPORT, { input: report() }, cast.municipal.token)).reportIncident;
    const res = await t.gql(
      TIMELINE_ADD,
      { id: other.id, input: { type: 'CORRECTION', text: 'x', refersToId: entry.id } },
      cast.municipal.token,
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'refersToId',
    });
    const nodes = (await read(id, cast.municipal.token)).timeline.nodes;
    expect(nodes.map((n: { type: string }) => n.type)).toEqual([
      'STATUS_CHANGE',
      'MEASURE',
      'CORRECTION',
    ]);
    // Entries cannot be changed, not even by SQL.
    await expect(
      t.db.query(`UPDATE incident_timeline_entries SET text = 'x' WHERE id = $1`, [entry.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('lowering the label needs a reason and is on the timeline', async () => {
    const { id } = ok(
      await t.gql(REPORT, { input: report() }, cast.municipal.token),
    ).reportIncident;
    const TLP = `mutation($id: ID!, $tlp: TlpLabel!, $reason: String) { changeIncidentTlp(id: $id, tlp: $tlp, reason: $reason) { tlp } }`;
    const res = await t.gql(TLP, { id, tlp: 'AMBER' }, cast.municipal.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      ok(await t.gql(TLP, { id, tlp: 'AMBER', reason: 'Für den Lagebericht' }, duty.onDuty.token))
        .changeIncidentTlp.tlp,
    ).toBe('AMBER');
    expect((await read(id, cast.municipal.token)).timeline.nodes.at(-1)).toMatchObject({
      type: 'TLP_CHANGE',
      text: 'Herabgestuft: TLP:RED → TLP:AMBER. Begründung: Für den Lagebericht',
    });
    // Still only participants and the duty read it.
    expect(errorCode(await t.gql(INCIDENT, { id }, unrelated.token))).toBe('NOT_FOUND');
  });

  it('duty roster: put on, the member reads and joins open rooms; taken off, they leave', async () => {
    const open = ok(await t.gql(REPORT, { input: report() }, cast.municipal.token)).reportIncident;
    const closed = ok(
      await t.gql(REPORT, { input: report() }, cast.municipal.token),
    ).reportIncident;
    ok(await t.gql(STATUS, { id: closed.id, status: 'CLOSED' }, cast.municipal.token));
    const member = duty.offDuty;
    expect(errorCode(await t.gql(INCIDENT, { id: open.id }, member.token))).toBe('NOT_FOUND');
    // Only an ORG_ADMIN of the member's own CERT.
    const otherCert = await createActor(t, OrganisationKind.CERT, {
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    expect(errorCode(await t.gql(DUTY_ON, { m: member.member.id }, otherCert.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await t.gql(DUTY_ON, { m: member.member.id }, duty.onDuty.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await t.gql(DUTY_ON, { m: cast.municipal.member.id }, cast.municipalOrgAdmin.token),
      ),
    ).toBe('FORBIDDEN');
    ok(await t.gql(DUTY_ON, { m: member.member.id }, duty.admin.token));
    expect(errorCode(await t.gql(DUTY_ON, { m: member.member.id }, duty.admin.token))).toBe(
      'CONFLICT',
    );
    expect(await roomOf(open.channelId)).toContain(member.member.id);
    expect(await roomOf(closed.channelId)).not.toContain(member.member.id);
    expect((await read(closed.id, member.token)).id).toBe(closed.id);
    const roster = ok(
      await t.gql(
        `{ certDutyRoster { totalCount nodes { memberId member { id } } } }`,
        {},
        member.token,
      ),
    ).certDutyRoster;
    expect(roster.nodes.map((n: { memberId: string }) => n.memberId).sort()).toEqual(
      [duty.onDuty.member.id, member.member.id].sort(),
    );
    expect(
      errorCode(await t.gql(`{ certDutyRoster { totalCount } }`, {}, cast.municipal.token)),
    ).toBe('FORBIDDEN');
    expect(ok(await t.gql(`{ onCertDuty }`, {}, member.token)).onCertDuty).toBe(true);

    const socket = await connect(t, member.token);
    const seen = record(socket, 'channel:removed');
    const removed = nextEvent(socket, 'channel:removed');
    ok(await t.gql(DUTY_OFF, { m: member.member.id }, duty.admin.token));
    await removed;
    await flush(socket);
    expect(seen.map((e: { channelId: string }) => e.channelId)).toContain(open.channelId);
    socket.disconnect();
    expect(await roomOf(open.channelId)).not.toContain(member.member.id);
    expect(errorCode(await t.gql(INCIDENT, { id: open.id }, member.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(INCIDENT, { id: closed.id }, member.token))).toBe('NOT_FOUND');
    expect(ok(await t.gql(`{ onCertDuty }`, {}, member.token)).onCertDuty).toBe(false);
  });

  it('lists: only readable incidents, filters, counts and pages', async () => {
    const mine = ok(
      await t.gql(LIST, { filter: { mine: true }, first: 100 }, cast.municipal.token),
    ).incidents;
    const all = ok(await t.gql(LIST, { first: 100 }, cast.municipal.token)).incidents;
    expect(mine.totalCount).toBe(all.totalCount);
    expect(mine.totalCount).toBeGreaterThan(3);
    // The CERT on duty reads every incident but takes part in none through "mine" unless listed.
    const dutyAll = ok(await t.gql(LIST, { first: 100 }, duty.onDuty.token)).incidents;
    const total = await t.db.query<{ count: string }[]>('SELECT count(*) FROM incidents');
    expect(dutyAll.totalCount).toBe(Number(total[0].count));
    const openOnes = ok(
      await t.gql(LIST, { filter: { open: true, kind: ['RANSOMWARE'] } }, duty.onDuty.token),
    ).incidents;
    expect(openOnes.totalCount).toBe(1);
    const byOrg = ok(
      await t.gql(
        LIST,
        { filter: { organisationId: served[0].organisation.id } },
        duty.onDuty.token,
      ),
    ).incidents;
    expect(byOrg.totalCount).toBe(1);
    // An unrelated member sees and counts nothing of it.
    const none = ok(await t.gql(LIST, {}, secondProvider.token)).incidents;
    expect(none).toMatchObject({ totalCount: 0, nodes: [] });
    // Paging walks every row once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(await t.gql(LIST, { first: 2, after }, duty.onDuty.token)).incidents;
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(dutyAll.totalCount);
    expect(seen).toHaveLength(dutyAll.totalCount);
  });
});
