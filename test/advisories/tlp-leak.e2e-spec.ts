import request from 'supertest';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { MemberStatus, OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { Notification } from '../../src/notifications/notification.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, createActor, createOrganisation, linkProvider } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import {
  acknowledge,
  createDraft,
  exportCsaf,
  forward,
  getAdvisory,
  listAdvisories,
  myNotifications,
  ok,
  openAdvisories,
  overview,
  publish,
  setRecipients,
} from './advisory-helpers';

/**
 * The TLP leak test of issue 4: one advisory per label and recipient setting, each with a unique
 * marker in title, summary and body, read by every kind of reader through every path. The
 * expected reader sets are written out by hand from DESIGN.md's table, not computed by the code
 * under test.
 */
const READERS = [
  'author',
  'certColleague',
  'certOther',
  'muniA',
  'muniAAdmin',
  'muniB',
  'muniC',
  'providerAdmin',
  'providerMember',
  'redPerson',
  'moderator',
  'admin',
  'disabled',
  'anonymous',
] as const;
type Reader = (typeof READERS)[number];
const ACTIVE: Reader[] = READERS.filter((r) => r !== 'disabled' && r !== 'anonymous');
const CERT_OWNERS: Reader[] = ['author', 'certColleague'];

type Case = 'CLEAR' | 'GREEN' | 'AMBERFWD' | 'AMBERONLY' | 'STRICT' | 'RED' | 'DRAFT' | 'DRAFTRED';
const CASES: Case[] = [
  'CLEAR',
  'GREEN',
  'AMBERFWD',
  'AMBERONLY',
  'STRICT',
  'RED',
  'DRAFT',
  'DRAFTRED',
];

/** Who may read each case, straight from the table (plus the owning CERT as implicit recipient). */
const MAY_READ: Record<Case, Reader[]> = {
  CLEAR: ACTIVE,
  GREEN: ACTIVE,
  // recipients muniA and providerP; providerP's ORG_ADMIN forwarded it to muniB (served by providerP)
  AMBERFWD: [...CERT_OWNERS, 'muniA', 'muniAAdmin', 'providerAdmin', 'providerMember', 'muniB'],
  AMBERONLY: [...CERT_OWNERS, 'muniA', 'muniAAdmin'],
  // recipient providerP only: its client muniB does not read it, a forward is refused
  STRICT: [...CERT_OWNERS, 'providerAdmin', 'providerMember'],
  // named recipient redPerson; the author counts as named
  RED: ['author', 'redPerson'],
  DRAFT: CERT_OWNERS,
  DRAFTRED: ['author'],
};
const PUBLISHED: Case[] = ['CLEAR', 'GREEN', 'AMBERFWD', 'AMBERONLY', 'STRICT', 'RED'];

/** Organisations expected to acknowledge (readers whose organisation is a recipient, never the CERT). */
const MAY_ACKNOWLEDGE: Record<Case, Reader[]> = {
  CLEAR: ACTIVE.filter((r) => !['author', 'certColleague', 'certOther'].includes(r)),
  GREEN: ACTIVE.filter((r) => !['author', 'certColleague', 'certOther'].includes(r)),
  AMBERFWD: ['muniA', 'muniAAdmin', 'providerAdmin', 'providerMember', 'muniB'],
  AMBERONLY: ['muniA', 'muniAAdmin'],
  STRICT: ['providerAdmin', 'providerMember'],
  RED: ['redPerson'],
  DRAFT: [],
  DRAFTRED: [],
};

const suffix = Math.random().toString(36).slice(2, 8);
const marker = (c: Case) => `MARK_${c}_${suffix}_END`;
const markersIn = (value: unknown): Case[] => {
  const text = JSON.stringify(value ?? null);
  return CASES.filter((c) => text.includes(marker(c)));
};
const sorted = (list: readonly string[]) => [...list].sort();
const cveNumber = 10_000 + Math.floor(Math.random() * 80_000);
const cveOf = (c: Case) => `CVE-2099-${cveNumber + CASES.indexOf(c)}`;

jest.setTimeout(120_000);

describe('TLP leak test: every label, every reader, every path', () => {
  let t: TestApp;
  const actors = {} as Record<Exclude<Reader, 'anonymous'>, Actor>;
  const ids = {} as Record<Case, string>;
  const trackingIds = {} as Record<Case, string>;
  const token = (r: Reader) => (r === 'anonymous' ? null : actors[r].token);

  beforeAll(async () => {
    t = await startTestApp();
    const certOrg = await createOrganisation(t, OrganisationKind.CERT);
    const certOrg2 = await createOrganisation(t, OrganisationKind.CERT);
    const muniA = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const muniB = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const muniC = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const muniD = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
    const providerP = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
    await linkProvider(t, providerP, muniB);
    const a = (
      kind: OrganisationKind,
      organisation: typeof muniA,
      extra: Record<string, unknown> = {},
    ) => createActor(t, kind, { organisation, ...extra });
    actors.author = await a(OrganisationKind.CERT, certOrg);
    actors.certColleague = await a(OrganisationKind.CERT, certOrg);
    actors.certOther = await a(OrganisationKind.CERT, certOrg2);
    actors.muniA = await a(OrganisationKind.MUNICIPALITY, muniA);
    actors.muniAAdmin = await a(OrganisationKind.MUNICIPALITY, muniA, {
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    actors.muniB = await a(OrganisationKind.MUNICIPALITY, muniB);
    actors.muniC = await a(OrganisationKind.MUNICIPALITY, muniC);
    actors.providerAdmin = await a(OrganisationKind.IT_PROVIDER, providerP, {
      organisationRole: OrganisationRole.ORG_ADMIN,
    });
    actors.providerMember = await a(OrganisationKind.IT_PROVIDER, providerP);
    actors.redPerson = await a(OrganisationKind.MUNICIPALITY, muniC);
    actors.moderator = await a(OrganisationKind.MUNICIPALITY, muniD, {
      platformRole: PlatformRole.MODERATOR,
    });
    actors.admin = await a(OrganisationKind.MUNICIPALITY, muniD, {
      platformRole: PlatformRole.ADMIN,
    });
    // Disabled after the advisories exist would be the same: status is checked on every request.
    actors.disabled = await a(OrganisationKind.MUNICIPALITY, muniA, {
      status: MemberStatus.DISABLED,
    });

    const tlpOf: Record<Case, string> = {
      CLEAR: 'CLEAR',
      GREEN: 'GREEN',
      AMBERFWD: 'AMBER',
      AMBERONLY: 'AMBER',
      STRICT: 'AMBER_STRICT',
      RED: 'RED',
      DRAFT: 'GREEN',
      DRAFTRED: 'RED',
    };
    for (const c of CASES) {
      const m = marker(c);
      const draft = await createDraft(t, actors.author, {
        tlp: tlpOf[c],
        title: `Warnung ${m}`,
        summary: `Kurz ${m}`,
        bodyMarkdown: `Text mit ${m} und LEAKSEARCH${suffix}`,
        cves: [cveOf(c)],
      });
      ids[c] = draft.id;
      trackingIds[c] = draft.trackingId;
    }
    ok(
      await setRecipients(t, actors.author, ids.AMBERFWD, {
        organisationIds: [muniA.id, providerP.id],
      }),
    );
    ok(await setRecipients(t, actors.author, ids.AMBERONLY, { organisationIds: [muniA.id] }));
    ok(await setRecipients(t, actors.author, ids.STRICT, { organisationIds: [providerP.id] }));
    ok(await setRecipients(t, actors.author, ids.RED, { memberIds: [actors.redPerson.member.id] }));
    for (const c of PUBLISHED) ok(await publish(t, actors.author, ids[c]));
    expect(ok(await forward(t, actors.providerAdmin, ids.AMBERFWD)).forwardAdvisory).toBe(1);
    // The same provider may not extend AMBER+STRICT to its clients.
    expect(errorCode(await forward(t, actors.providerAdmin, ids.STRICT))).toBe('FORBIDDEN');
  });
  afterAll(() => t?.close());

  it('by id: exactly the allowed readers get the content, everyone else NOT_FOUND (or UNAUTHENTICATED)', async () => {
    for (const c of CASES) {
      const readers: Reader[] = [];
      for (const r of READERS) {
        const result = await getAdvisory(t, token(r), ids[c]);
        if (result.data?.advisory) {
          expect(markersIn(result.data)).toEqual([c]);
          readers.push(r);
        } else {
          expect(markersIn(result)).toEqual([]);
          expect(errorCode(result)).toBe(
            r === 'anonymous' || r === 'disabled' ? 'UNAUTHENTICATED' : 'NOT_FOUND',
          );
        }
      }
      expect({ c, readers: sorted(readers) }).toEqual({ c, readers: sorted(MAY_READ[c]) });
    }
  });

  it('list, search, CVE filter and counts show exactly the readable advisories', async () => {
    for (const r of READERS) {
      const allowed = CASES.filter((c) => MAY_READ[c].includes(r));
      const list = await listAdvisories(t, token(r));
      const search = await listAdvisories(t, token(r), { search: `LEAKSEARCH${suffix}` });
      if (r === 'anonymous' || r === 'disabled') {
        for (const result of [list, search]) {
          expect(errorCode(result)).toBe('UNAUTHENTICATED');
          expect(markersIn(result)).toEqual([]);
        }
        continue;
      }
      expect({ r, markers: markersIn(list.data) }).toEqual({ r, markers: allowed });
      expect({
        r,
        markers: markersIn(search.data),
        count: search.data.advisories.totalCount,
      }).toEqual({ r, markers: allowed, count: allowed.length });
      for (const c of CASES) {
        const one = ok(await listAdvisories(t, token(r), { search: marker(c) }));
        expect({ r, c, count: one.advisories.totalCount }).toEqual({
          r,
          c,
          count: allowed.includes(c) ? 1 : 0,
        });
      }
      for (const c of CASES) {
        const byCve = ok(await listAdvisories(t, token(r), { cve: cveOf(c) }));
        expect({ r, c, count: byCve.advisories.totalCount, markers: markersIn(byCve) }).toEqual({
          r,
          c,
          count: allowed.includes(c) ? 1 : 0,
          markers: allowed.includes(c) ? [c] : [],
        });
      }
      // the same count through a filter
      const green = ok(
        await listAdvisories(t, token(r), { tlp: 'GREEN', search: `LEAKSEARCH${suffix}` }),
      );
      expect(green.advisories.totalCount).toBe(
        allowed.filter((c) => c === 'GREEN' || c === 'DRAFT').length,
      );
    }
  });

  it('CSAF export: exactly the allowed readers', async () => {
    for (const c of CASES) {
      const readers: Reader[] = [];
      for (const r of READERS) {
        const result = await exportCsaf(t, token(r), ids[c]);
        if (result.data?.advisoryCsaf) {
          expect(markersIn(result.data)).toEqual([c]);
          readers.push(r);
        } else expect(markersIn(result)).toEqual([]);
      }
      expect({ c, readers: sorted(readers) }).toEqual({ c, readers: sorted(MAY_READ[c]) });
    }
  });

  it('public feed: only the published CLEAR advisory, also as CSAF', async () => {
    const feed = await request(t.app.getHttpServer()).get('/public/advisories.json').expect(200);
    expect(markersIn(feed.body)).toEqual(['CLEAR']);
    expect(feed.body.advisories.map((a: any) => a.trackingId)).toContain(trackingIds.CLEAR);
    for (const c of CASES) {
      const res = await request(t.app.getHttpServer()).get(
        `/public/advisories/${encodeURIComponent(trackingIds[c])}/csaf.json`,
      );
      expect({ c, status: res.status }).toEqual({ c, status: c === 'CLEAR' ? 200 : 404 });
      expect(markersIn(res.body)).toEqual(c === 'CLEAR' ? ['CLEAR'] : []);
    }
  });

  it('notifications: every reader of a published advisory except its publisher, nobody else', async () => {
    for (const r of ACTIVE) {
      const data = ok(await myNotifications(t, token(r)));
      const targets = data.myNotifications.nodes
        .filter((n: any) => n.kind === 'ADVISORY')
        .map((n: any) => n.targetId);
      const expected = PUBLISHED.filter((c) => MAY_READ[c].includes(r) && r !== 'author').map(
        (c) => ids[c],
      );
      expect({ r, targets: sorted(targets) }).toEqual({ r, targets: sorted(expected) });
      // Titles of AMBER and stricter name the label and tracking id, never the content.
      for (const c of markersIn(data)) expect(['CLEAR', 'GREEN']).toContain(c);
    }
    const disabledRows = await t.db
      .getRepository(Notification)
      .countBy({ memberId: actors.disabled.member.id });
    expect(disabledRows).toBe(0);
  });

  it('open advisories of the own organisation never include an unreadable one', async () => {
    for (const r of ACTIVE) {
      const data = ok(await openAdvisories(t, token(r)));
      const expected = PUBLISHED.filter((c) => MAY_ACKNOWLEDGE[c].includes(r));
      expect({ r, markers: markersIn(data) }).toEqual({ r, markers: expected });
    }
  });

  it('acknowledgement overview: only the owning CERT, and only for what it may read', async () => {
    for (const c of CASES) {
      const allowed: Reader[] = [];
      for (const r of READERS) {
        const result = await overview(t, token(r), ids[c]);
        if (result.data?.advisoryStatusOverview) allowed.push(r);
        expect(markersIn(result)).toEqual([]);
      }
      expect({ c, allowed: sorted(allowed) }).toEqual({
        c,
        allowed: sorted(MAY_READ[c].filter((r) => CERT_OWNERS.includes(r))),
      });
    }
  });

  it('acknowledging: exactly readers of expected organisations', async () => {
    for (const c of CASES) {
      const allowed: Reader[] = [];
      for (const r of READERS) {
        const result = await acknowledge(t, r === 'anonymous' ? null : actors[r], ids[c], 'READ');
        if (result.data?.acknowledgeAdvisory) allowed.push(r);
        else expect(markersIn(result)).toEqual([]);
      }
      expect({ c, allowed: sorted(allowed) }).toEqual({ c, allowed: sorted(MAY_ACKNOWLEDGE[c]) });
    }
    // The overview now lists the acknowledging organisations of the AMBER forward case.
    const view = ok(await overview(t, actors.author.token, ids.AMBERFWD)).advisoryStatusOverview;
    expect(view.expectedCount).toBe(3);
    expect(view.byStatus.find((g: any) => g.status === 'READ').count).toBe(3);
    expect(view.notRespondedCount).toBe(0);
  });

  it('audits reads of AMBER, AMBER+STRICT and RED content, not of CLEAR or GREEN', async () => {
    const events = await t.db.getRepository(AuditEvent).findBy({ actorId: actors.muniA.member.id });
    const byAction = (action: string) =>
      events.filter((e) => e.action === action).map((e) => e.targetId);
    expect(byAction('advisory.read')).toEqual(
      expect.arrayContaining([ids.AMBERFWD, ids.AMBERONLY]),
    );
    expect(byAction('advisory.read')).not.toContain(ids.GREEN);
    expect(byAction('advisory.read')).not.toContain(ids.CLEAR);
    expect(byAction('advisory.csaf_export')).toEqual(
      expect.arrayContaining([ids.AMBERFWD, ids.AMBERONLY]),
    );
    const listed = events
      .filter((e) => e.action === 'advisory.list_read')
      .flatMap((e) => ((e.details as any).advisories ?? []).map((a: any) => a.id));
    expect(new Set(listed)).toEqual(new Set([ids.AMBERFWD, ids.AMBERONLY]));
    const forwards = await t.db
      .getRepository(AuditEvent)
      .findBy({ action: 'advisory.forwarded', targetId: ids.AMBERFWD });
    expect(forwards).toHaveLength(1);
  });
});
