import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { OrganisationKind, ServiceKind } from '../../src/organisations/organisation.enums';
import {
  Actor,
  Cast,
  createActor,
  createCast,
  createOrganisation,
  linkProvider,
  Role,
  ROLES,
  tokenOf,
} from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { connect, emitAck, flush } from '../chat/chat-client';
import {
  ANSWER,
  certWithDuty,
  INCIDENT,
  LIST,
  report,
  REPORT,
  STATUS,
  TIMELINE_ADD,
} from './incident-helpers';

/**
 * Who may do what with incidents. The role matrix runs every incident operation as every kind
 * of caller against a fresh incident reported by `municipal` (without consent to its provider);
 * the leak test puts unique markers into incidents at every TLP label and reads them as every
 * kind of member through every path. Expectations are written out by hand.
 */
describe('incident access', () => {
  let t: TestApp;
  let cast: Cast;
  let duty: { admin: Actor; onDuty: Actor; offDuty: Actor };

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    duty = await certWithDuty(t, cast.cert.organisation);
  });
  afterAll(() => t.close());

  type Caller = Role | 'onDuty' | 'certAdmin';
  const CALLERS: Caller[] = [...ROLES, 'onDuty', 'certAdmin'];
  const token = (c: Caller) =>
    c === 'onDuty' ? duty.onDuty.token : c === 'certAdmin' ? duty.admin.token : tokenOf(cast, c);
  const fresh = async () => {
    const res = await t.gql(REPORT, { input: report() }, cast.municipal.token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.reportIncident as { id: string; channelId: string };
  };
  const outcome = (res: { errors?: unknown }) => (res.errors ? errorCode(res as never) : 'OK');

  const OPERATIONS: Record<string, (id: string, c: Caller) => Promise<string | null>> = {
    incident: async (id, c) =>
      outcome(await t.gql(`query($id: ID!) { incident(id: $id) { id } }`, { id }, token(c))),
    incidentsListsIt: async (id, c) => {
      const res = await t.gql(`{ incidents(first: 100) { nodes { id } } }`, {}, token(c));
      if (res.errors) return errorCode(res);
      return res.data.incidents.nodes.some((n: { id: string }) => n.id === id) ? 'OK' : 'ABSENT';
    },
    updateIncidentStatus: async (id, c) =>
      outcome(await t.gql(STATUS, { id, status: 'IN_PROGRESS' }, token(c))),
    updateIncident: async (id, c) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { updateIncident(id: $id, input: { severity: CRITICAL }) { id } }`,
          { id },
          token(c),
        ),
      ),
    changeIncidentTlp: async (id, c) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { changeIncidentTlp(id: $id, tlp: AMBER, reason: "Lagebericht") { id } }`,
          { id },
          token(c),
        ),
      ),
    addIncidentAffectedOrganisation: async (id, c) =>
      outcome(
        await t.gql(
          `mutation($id: ID!, $o: ID!) { addIncidentAffectedOrganisation(id: $id, organisationId: $o) { organisationId } }`,
          { id, o: cast.moderator.organisation.id },
          token(c),
        ),
      ),
    removeIncidentAffectedOrganisation: async (id, c) => {
      // Listed first by the reporter, so that only the caller's permission decides.
      await t.gql(
        `mutation($id: ID!, $o: ID!) { addIncidentAffectedOrganisation(id: $id, organisationId: $o) { organisationId } }`,
        { id, o: cast.provider.organisation.id },
        cast.municipal.token,
      );
      return outcome(
        await t.gql(
          `mutation($id: ID!, $o: ID!) { removeIncidentAffectedOrganisation(id: $id, organisationId: $o) }`,
          { id, o: cast.provider.organisation.id },
          token(c),
        ),
      );
    },
    answerIncidentSituation: async (id, c) =>
      outcome(await t.gql(ANSWER, { id, input: { situation: 'UNCLEAR' } }, token(c))),
    addIncidentTimelineEntry: async (id, c) =>
      outcome(
        await t.gql(
          TIMELINE_ADD,
          { id, input: { type: 'OBSERVATION', text: 'Beobachtung' } },
          token(c),
        ),
      ),
    roomMessages: async (id, c) => {
      const { channelId } = (
        await t.db.query(`SELECT channel_id AS "channelId" FROM incidents WHERE id = $1`, [id])
      )[0];
      return outcome(
        await t.gql(
          `query($c: ID!) { messages(channelId: $c) { nodes { id } } }`,
          { c: channelId },
          token(c),
        ),
      );
    },
  };

  it('role matrix over every incident operation', async () => {
    const result: Record<string, Record<string, string | null>> = {};
    for (const [name, op] of Object.entries(OPERATIONS)) {
      result[name] = {};
      for (const c of CALLERS) {
        const { id } = await fresh();
        result[name][c] = await op(id, c);
      }
    }
    const readers = {
      anonymous: 'UNAUTHENTICATED',
      municipal: 'OK',
      municipalOrgAdmin: 'OK',
      provider: 'NOT_FOUND',
      cert: 'NOT_FOUND',
      moderator: 'NOT_FOUND',
      admin: 'NOT_FOUND',
      disabled: 'UNAUTHENTICATED',
      onDuty: 'OK',
      certAdmin: 'NOT_FOUND',
    };
    expect(result).toEqual({
      incident: readers,
      incidentsListsIt: {
        ...readers,
        provider: 'ABSENT',
        cert: 'ABSENT',
        moderator: 'ABSENT',
        admin: 'ABSENT',
        certAdmin: 'ABSENT',
      },
      updateIncidentStatus: readers,
      updateIncident: readers,
      changeIncidentTlp: readers,
      addIncidentAffectedOrganisation: readers,
      // Listing the provider first made it a participant: it reads, but does not manage.
      removeIncidentAffectedOrganisation: { ...readers, provider: 'FORBIDDEN' },
      // The CERT on duty reads, but its organisation is not affected.
      answerIncidentSituation: { ...readers, onDuty: 'FORBIDDEN' },
      addIncidentTimelineEntry: readers,
      roomMessages: readers,
    });
    // About a hundred reports on a shared machine.
  }, 240_000);

  it('role matrix: a participant of an affected organisation reads and answers but does not manage', async () => {
    const { id } = await fresh();
    await t.gql(
      `mutation($id: ID!, $o: ID!) { addIncidentAffectedOrganisation(id: $id, organisationId: $o) { organisationId } }`,
      { id, o: cast.provider.organisation.id },
      cast.municipal.token,
    );
    const results: Record<string, string | null> = {};
    for (const [name, op] of Object.entries(OPERATIONS)) {
      if (name === 'removeIncidentAffectedOrganisation') continue;
      results[name] = await op(id, 'provider');
    }
    expect(results).toEqual({
      incident: 'OK',
      incidentsListsIt: 'OK',
      updateIncidentStatus: 'FORBIDDEN',
      updateIncident: 'FORBIDDEN',
      changeIncidentTlp: 'FORBIDDEN',
      addIncidentAffectedOrganisation: 'FORBIDDEN',
      answerIncidentSituation: 'OK',
      addIncidentTimelineEntry: 'OK',
      roomMessages: 'OK',
    });
  });

  it('role matrix of the duty roster', async () => {
    const ops: Record<string, (c: Caller) => Promise<string | null>> = {
      certDutyRoster: async (c) =>
        outcome(await t.gql(`{ certDutyRoster { totalCount } }`, {}, token(c))),
      onCertDuty: async (c) => outcome(await t.gql(`{ onCertDuty }`, {}, token(c))),
      putOnCertDuty: async (c) => {
        const m = await createActor(t, OrganisationKind.CERT, {
          organisation: cast.cert.organisation,
        });
        return outcome(
          await t.gql(
            `mutation($m: ID!) { putOnCertDuty(memberId: $m) { memberId } }`,
            { m: m.member.id },
            token(c),
          ),
        );
      },
      takeOffCertDuty: async (c) => {
        const m = await createActor(t, OrganisationKind.CERT, {
          organisation: cast.cert.organisation,
        });
        await t.gql(
          `mutation($m: ID!) { putOnCertDuty(memberId: $m) { memberId } }`,
          { m: m.member.id },
          duty.admin.token,
        );
        return outcome(
          await t.gql(
            `mutation($m: ID!) { takeOffCertDuty(memberId: $m) }`,
            { m: m.member.id },
            token(c),
          ),
        );
      },
    };
    const result: Record<string, Record<string, string | null>> = {};
    for (const [name, op] of Object.entries(ops)) {
      result[name] = {};
      for (const c of CALLERS) result[name][c] = await op(c);
    }
    const certAdminsOnly = {
      anonymous: 'UNAUTHENTICATED',
      municipal: 'FORBIDDEN',
      municipalOrgAdmin: 'FORBIDDEN',
      provider: 'FORBIDDEN',
      cert: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      // A platform ADMIN passes the ORG_ADMIN gate but is not an ORG_ADMIN of the CERT.
      admin: 'FORBIDDEN',
      disabled: 'UNAUTHENTICATED',
      onDuty: 'FORBIDDEN',
      certAdmin: 'OK',
    };
    expect(result).toEqual({
      certDutyRoster: {
        anonymous: 'UNAUTHENTICATED',
        municipal: 'FORBIDDEN',
        municipalOrgAdmin: 'FORBIDDEN',
        provider: 'FORBIDDEN',
        cert: 'OK',
        moderator: 'FORBIDDEN',
        admin: 'OK',
        disabled: 'UNAUTHENTICATED',
        onDuty: 'OK',
        certAdmin: 'OK',
      },
      onCertDuty: {
        anonymous: 'UNAUTHENTICATED',
        municipal: 'OK',
        municipalOrgAdmin: 'OK',
        provider: 'OK',
        cert: 'OK',
        moderator: 'OK',
        admin: 'OK',
        disabled: 'UNAUTHENTICATED',
        onDuty: 'OK',
        certAdmin: 'OK',
      },
      putOnCertDuty: certAdminsOnly,
      takeOffCertDuty: certAdminsOnly,
    });
  });

  describe('leak test: markers at every label, every kind of member, every path', () => {
    const LABELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const;
    type Persona =
      | 'reporterOrgMember'
      | 'servedIsb'
      | 'unrelatedMunicipality'
      | 'providerWithoutConsent'
      | 'certOnDuty'
      | 'certOffDuty'
      | 'adminNotParticipant';
    const people = {} as Record<Persona, Actor>;
    /** "P" incidents: reported by the provider (its served municipality is in); "M": by a municipality without consent. */
    const incidents: Array<{ key: string; id: string; channelId: string; marker: string }> = [];
    const sockets = {} as Record<Persona, { socket: Socket; events: string[] }>;

    beforeAll(async () => {
      const provider = await createActor(t, OrganisationKind.IT_PROVIDER, {
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      people.reporterOrgMember = await createActor(t, OrganisationKind.IT_PROVIDER, {
        organisation: provider.organisation,
      });
      people.servedIsb = await createActor(t, OrganisationKind.MUNICIPALITY);
      await linkProvider(t, provider.organisation, people.servedIsb.organisation, [
        ServiceKind.EMAIL,
      ]);
      people.unrelatedMunicipality = await createActor(t, OrganisationKind.MUNICIPALITY);
      const municipality = await createActor(t, OrganisationKind.MUNICIPALITY);
      people.providerWithoutConsent = await createActor(t, OrganisationKind.IT_PROVIDER);
      await linkProvider(t, people.providerWithoutConsent.organisation, municipality.organisation);
      people.certOnDuty = duty.onDuty;
      people.certOffDuty = duty.offDuty;
      people.adminNotParticipant = await createActor(t, OrganisationKind.MUNICIPALITY, {
        organisation: await createOrganisation(t, OrganisationKind.MUNICIPALITY),
        platformRole: PlatformRole.ADMIN,
        organisationRole: OrganisationRole.ORG_ADMIN,
      });
      for (const [name, actor] of Object.entries(people) as Array<[Persona, Actor]>) {
        const socket = await connect(t, actor.token);
        const events: string[] = [];
        socket.onAny((event: string, payload: unknown) =>
          events.push(`${event} ${JSON.stringify(payload)}`),
        );
        sockets[name] = { socket, events };
      }
      for (const tlp of LABELS)
        for (const [key, reporter] of [
          [`P-${tlp}`, provider],
          [`M-${tlp}`, municipality],
        ] as const) {
          const marker = `LEAK-${key}-${randomUUID()}`;
          const res = await t.gql(
            REPORT,
            {
              input: report({
                tlp,
                title: `Vorfall ${marker}`,
                description: `Beschreibung ${marker}`,
              }),
            },
            reporter.token,
          );
          if (res.errors) throw new Error(JSON.stringify(res.errors));
          const { id, channelId } = res.data.reportIncident;
          await t.gql(
            TIMELINE_ADD,
            { id, input: { type: 'OBSERVATION', text: `Eintrag ${marker}` } },
            reporter.token,
          );
          await t.gql(
            STATUS,
            { id, status: 'IN_PROGRESS', note: `Notiz ${marker}` },
            reporter.token,
          );
          // A room message with the marker, sent over the socket as the reporter.
          const s = await connect(t, reporter.token);
          await emitAck(s, 'channel:join', { channelId });
          await emitAck(s, 'message:send', {
            channelId,
            clientMessageId: randomUUID(),
            body: `Raum ${marker}`,
          });
          s.disconnect();
          incidents.push({ key, id, channelId, marker });
        }
      for (const { socket } of Object.values(sockets)) await flush(socket);
    });
    afterAll(() => Object.values(sockets).forEach(({ socket }) => socket.disconnect()));

    const P = LABELS.map((l) => `P-${l}`);
    const M = LABELS.map((l) => `M-${l}`);
    /** Hand-written: which incidents each persona may read. The label changes nothing. */
    const EXPECTED: Record<Persona, string[]> = {
      reporterOrgMember: P,
      servedIsb: P,
      unrelatedMunicipality: [],
      providerWithoutConsent: [],
      certOnDuty: [...P, ...M],
      certOffDuty: [],
      adminNotParticipant: [],
    };
    const personas = Object.keys(EXPECTED) as Persona[];

    it.each(personas)('%s: by id, timeline, affected organisations, room', async (persona) => {
      const actor = people[persona];
      for (const i of incidents) {
        const may = EXPECTED[persona].includes(i.key);
        const res = await t.gql(INCIDENT, { id: i.id }, actor.token);
        const room = await t.gql(
          `query($c: ID!) { messages(channelId: $c) { nodes { body } } }`,
          { c: i.channelId },
          actor.token,
        );
        const channel = await t.gql(
          `query($c: ID!) { channel(id: $c) { name } }`,
          { c: i.channelId },
          actor.token,
        );
        if (may) {
          const text = JSON.stringify(res.data);
          expect(text).toContain(`Vorfall ${i.marker}`);
          expect(text).toContain(`Eintrag ${i.marker}`);
          expect(JSON.stringify(room.data)).toContain(`Raum ${i.marker}`);
          expect(channel.errors).toBeUndefined();
        } else {
          expect({ key: i.key, code: errorCode(res) }).toEqual({ key: i.key, code: 'NOT_FOUND' });
          expect(JSON.stringify(res)).not.toContain(i.marker);
          expect(errorCode(room)).toBe('NOT_FOUND');
          expect(errorCode(channel)).toBe('NOT_FOUND');
        }
      }
    });

    it.each(personas)('%s: lists and counts, with every filter', async (persona) => {
      const actor = people[persona];
      const ours = new Set(incidents.map((i) => i.id));
      for (const filter of [
        {},
        { open: true },
        { mine: true },
        { status: ['IN_PROGRESS'] },
        { severity: ['HIGH'] },
        { kind: ['OUTAGE'] },
      ]) {
        const res = await t.gql(LIST, { filter, first: 100 }, actor.token);
        expect(res.errors).toBeUndefined();
        const seen = res.data.incidents.nodes.filter((n: { id: string }) => ours.has(n.id));
        // The CERT on duty takes part in every open incident, so "mine" holds them all too.
        const expected = EXPECTED[persona];
        expect(
          seen.map((n: { id: string }) => incidents.find((i) => i.id === n.id)!.key).sort(),
        ).toEqual([...expected].sort());
        // Count = what the caller sees of all incidents (the role matrix's incidents included).
        const readable = await t.db.query(
          `SELECT count(*)::int AS n FROM incidents i WHERE EXISTS (SELECT 1 FROM incident_participants p WHERE p.incident_id = i.id AND p.member_id = $1)`,
          [actor.member.id],
        );
        if (persona !== 'certOnDuty' && !('mine' in filter) && Object.keys(filter).length === 0)
          expect(res.data.incidents.totalCount).toBe(readable[0].n);
      }
      const byOrg = await t.gql(
        LIST,
        { filter: { organisationId: people.servedIsb.organisation.id } },
        actor.token,
      );
      expect(byOrg.data.incidents.totalCount).toBe(
        EXPECTED[persona].filter((k) => k.startsWith('P')).length,
      );
    });

    it.each(personas)('%s: notifications and socket events', async (persona) => {
      const actor = people[persona];
      const res = await t.gql(
        `{ myNotifications(first: 100) { nodes { kind title body targetType targetId } } }`,
        {},
        actor.token,
      );
      expect(res.errors).toBeUndefined();
      const text = JSON.stringify(res.data);
      const events = sockets[persona].events.join('\n');
      for (const i of incidents) {
        // No text ever carries incident content, not even to those who may read it.
        expect(text).not.toContain(i.marker);
        if (!EXPECTED[persona].includes(i.key)) {
          expect(text).not.toContain(i.id);
          expect(events).not.toContain(i.id);
          expect(events).not.toContain(i.channelId);
          expect(events).not.toContain(i.marker);
        }
      }
      const notified = res.data.myNotifications.nodes
        .filter(
          (n: { targetType: string; targetId: string }) =>
            n.targetType === 'incident' && incidents.some((i) => i.id === n.targetId),
        )
        .map((n: { targetId: string }) => incidents.find((i) => i.id === n.targetId)!.key);
      // Participants are told of a new incident and of its status change; the reporter's own
      // colleagues too; the CERT on duty of everything.
      expect([...new Set(notified)].sort()).toEqual([...EXPECTED[persona]].sort());
    });
  });
});
