import { AuditEvent } from '../../src/audit/audit-event.entity';
import { MemberStatus } from '../../src/members/member.enums';
import { Organisation } from '../../src/organisations/organisation.entity';
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
import {
  acknowledge,
  createDraft,
  myNotifications,
  ok,
  overview,
  publish,
  setRecipients,
} from './advisory-helpers';

jest.setTimeout(90_000);

const REMIND = `mutation($id: ID!) { remindAdvisoryNonResponders(id: $id) { notifiedMembers nextReminderAllowedAt organisations { id name } } }`;
const OVERVIEW = `query($id: ID!) { advisoryStatusOverview(id: $id) { notRespondedCount notResponded { id } withoutResponder { id } } }`;

describe('acknowledgement overview: who cannot answer, and reminders', () => {
  let t: TestApp;
  let cast: Cast;
  let active: Organisation;
  let activeMembers: Actor[];
  let nobody: Organisation;
  let answered: Organisation;
  let answeredMember: Actor;
  let redOrg: Organisation;
  let redNamed: Actor;
  let redOther: Actor;
  let otherCert: Actor;
  let amberId: string;
  let greenId: string;
  let redId: string;
  let draftId: string;
  const remind = (token: string | null, id: string) => t.gql(REMIND, { id }, token);

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    active = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    activeMembers = [
      await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: active }),
      await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: active }),
    ];
    nobody = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: nobody,
      status: MemberStatus.DISABLED,
    });
    await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: nobody,
      status: MemberStatus.INVITED,
    });
    answered = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
    answeredMember = await createActor(t, OrganisationKind.IT_PROVIDER, { organisation: answered });
    redOrg = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    redNamed = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: redOrg });
    redOther = await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: redOrg });
    otherCert = await createActor(t, OrganisationKind.CERT);

    const amber = await createDraft(t, cast.cert, { tlp: 'AMBER', title: 'Geheimer Titel' });
    amberId = amber.id;
    ok(
      await setRecipients(t, cast.cert, amberId, {
        organisationIds: [active.id, nobody.id, answered.id, cast.municipal.organisation.id],
      }),
    );
    ok(await publish(t, cast.cert, amberId));
    ok(await acknowledge(t, answeredMember, amberId, 'NOT_AFFECTED'));

    const red = await createDraft(t, cast.cert, { tlp: 'RED', title: 'Rot' });
    redId = red.id;
    ok(await setRecipients(t, cast.cert, redId, { memberIds: [redNamed.member.id] }));
    ok(await publish(t, cast.cert, redId));

    greenId = (await createDraft(t, cast.cert, { tlp: 'GREEN', title: 'Grüne Warnung' })).id;
    ok(await publish(t, cast.cert, greenId));
    draftId = (await createDraft(t, cast.cert, { tlp: 'GREEN', title: 'Entwurf' })).id;
  });
  afterAll(() => t?.close());

  it('names the expected organisations without an active member who could answer', async () => {
    const o = ok(await t.gql(OVERVIEW, { id: amberId }, cast.cert.token)).advisoryStatusOverview;
    expect(o.withoutResponder.map((x: any) => x.id)).toEqual([nobody.id]);
    expect(o.notResponded.map((x: any) => x.id).sort()).toEqual(
      [active.id, nobody.id, cast.municipal.organisation.id].sort(),
    );
    // RED: only the named person reads it; once they are disabled, a colleague cannot answer.
    expect(
      ok(await t.gql(OVERVIEW, { id: redId }, cast.cert.token)).advisoryStatusOverview
        .withoutResponder,
    ).toEqual([]);
    await t.db.query(`UPDATE members SET status = 'DISABLED' WHERE id = $1`, [redNamed.member.id]);
    try {
      const red = ok(await t.gql(OVERVIEW, { id: redId }, cast.cert.token)).advisoryStatusOverview;
      expect(red.withoutResponder.map((x: any) => x.id)).toEqual([redOrg.id]);
    } finally {
      await t.db.query(`UPDATE members SET status = 'ACTIVE' WHERE id = $1`, [redNamed.member.id]);
    }
    // The overview stays the managing CERT's.
    expect(errorCode(await overview(t, cast.municipal.token, amberId))).toBe('FORBIDDEN');
  });

  it('reminds the active readers of the organisations that have not answered, once per hour', async () => {
    const before = await t.db
      .getRepository(AuditEvent)
      .countBy({ action: 'advisory.reminder_sent' });
    const result = ok(await remind(cast.cert.token, amberId)).remindAdvisoryNonResponders;
    expect(result.organisations.map((o: any) => o.id).sort()).toEqual(
      [active.id, cast.municipal.organisation.id].sort(),
    );
    // two in `active`, the municipal member and ORG_ADMIN of the cast (the disabled one is not)
    expect(result.notifiedMembers).toBe(4);
    expect(Date.parse(result.nextReminderAllowedAt) - Date.now()).toBeGreaterThan(3500_000);
    for (const m of [...activeMembers, cast.municipal]) {
      const n = ok(await myNotifications(t, m.token)).myNotifications.nodes.filter(
        (x: any) => x.kind === 'ADVISORY_REMINDER',
      );
      expect(n).toHaveLength(1);
      expect(n[0]).toMatchObject({ targetType: 'advisory', targetId: amberId });
      expect(n[0].title).toMatch(/^Erinnerung: Bitte Rückmeldung zur Sicherheitswarnung/);
      expect(n[0].title).toContain('TLP:AMBER');
      expect(n[0].title).not.toContain('Geheimer Titel');
    }
    for (const m of [answeredMember, cast.provider, redOther, cast.cert]) {
      const kinds = ok(await myNotifications(t, m.token)).myNotifications.nodes.map(
        (x: any) => x.kind,
      );
      expect(kinds).not.toContain('ADVISORY_REMINDER');
    }
    const audit = await t.db.getRepository(AuditEvent).findBy({ action: 'advisory.reminder_sent' });
    expect(audit).toHaveLength(before + 1);
    expect(audit[audit.length - 1]).toMatchObject({
      actorId: cast.cert.member.id,
      targetId: amberId,
    });

    // Again at once: refused, by anyone of the CERT, nobody notified twice.
    const again = await remind(cast.admin.token, amberId);
    expect(errorCode(again)).toBe('RATE_LIMITED');
    expect(again.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(3500);
    // Another advisory has its own budget.
    expect(
      ok(await remind(cast.cert.token, greenId)).remindAdvisoryNonResponders.notifiedMembers,
    ).toBeGreaterThan(0);
    // An hour later it is allowed again.
    await t.db.query(
      `UPDATE audit_events SET created_at = created_at - interval '61 minutes' WHERE action = 'advisory.reminder_sent' AND target_id = $1`,
      [amberId],
    );
    expect(
      ok(await remind(cast.cert.token, amberId)).remindAdvisoryNonResponders.notifiedMembers,
    ).toBe(4);
  });

  it('is refused to everyone but the managing CERT (role matrix), and for drafts', async () => {
    const outcome: Record<string, string> = {};
    for (const role of ROLES) {
      await t.db.query(`DELETE FROM audit_events WHERE action = 'advisory.reminder_sent'`);
      outcome[role] = errorCode(await remind(tokenOf(cast, role), greenId)) ?? 'ok';
    }
    expect(outcome).toEqual({
      anonymous: 'UNAUTHENTICATED',
      municipal: 'FORBIDDEN',
      municipalOrgAdmin: 'FORBIDDEN',
      provider: 'FORBIDDEN',
      cert: 'ok',
      moderator: 'FORBIDDEN',
      admin: 'ok',
      disabled: 'UNAUTHENTICATED',
    });
    // Another CERT: a reader of the GREEN advisory, not its manager; the AMBER one it cannot see.
    expect(errorCode(await remind(otherCert.token, greenId))).toBe('FORBIDDEN');
    expect(errorCode(await remind(otherCert.token, amberId))).toBe('NOT_FOUND');
    expect(errorCode(await remind(cast.cert.token, draftId))).toBe('CONFLICT');
    expect(errorCode(await remind(cast.cert.token, '00000000-0000-4000-8000-000000000000'))).toBe(
      'NOT_FOUND',
    );
  });
});
