import { DemoSummary, seedDemoData } from '../src/seed/demo-data';
import { DEMO_MUNICIPALITIES, DEMO_PEOPLE, DEMO_PROVIDERS } from '../src/seed/demo-organisations';
import { startTestApp, TestApp } from './helpers/test-app';

describe('demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    process.env.DEMO_PASSWORD = 'Demo-Passwort-fuer-Tests-1';
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(() => t.close());

  let first: DemoSummary;
  let second: DemoSummary;

  it('loads the community once, and again without duplicates', async () => {
    first = await seedDemoData(t.app);
    second = await seedDemoData(t.app);
    const [{ count: municipalities }] = await t.db.query(
      `SELECT count(*)::int AS count FROM organisations WHERE kind = 'MUNICIPALITY'`,
    );
    const [{ count: members }] = await t.db.query(`SELECT count(*)::int AS count FROM members`);
    const relations = DEMO_PROVIDERS.reduce((n, p) => n + p.serves.length, 0);
    const [{ count: register }] = await t.db.query(
      `SELECT count(*)::int AS count FROM service_relations`,
    );
    expect({ municipalities, members, register }).toEqual({
      municipalities: DEMO_MUNICIPALITIES.length,
      members: DEMO_PEOPLE.length,
      register: relations,
    });
  });

  it('creates the default forum categories and German example topics a municipal member can read', async () => {
    const login = await t.gql(
      `mutation { login(input: { email: "julia.luedtke@demo.sicherheitsnetz.nrw", password: "Demo-Passwort-fuer-Tests-1" }) { accessToken } }`,
    );
    const token = login.data.login.accessToken;
    const categories = await t.gql(`{ forumCategories { nodes { name } } }`, {}, token);
    expect(categories.data.forumCategories.nodes.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining([
        'Allgemein',
        'Kommunen unter sich',
        'Dienstleister',
        'CERT-Lagebild',
      ]),
    );
    // Three example topics, and the lessons-learned post of the closed demo incident.
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM forum_topics`);
    expect(count).toBe(4);
    const [lessons] = await t.db.query(
      `SELECT l.status, l.pseudonymised, t.title FROM incident_lessons_learned l JOIN forum_topics t ON t.id = l.topic_id`,
    );
    expect(lessons).toEqual({
      status: 'PUBLISHED',
      pseudonymised: true,
      title: 'Lessons learned: kompromittiertes Postfach in der Kommune A',
    });
  });

  it('lets a seeded member log in and see who is hit if Südwestfalen-IT is', async () => {
    const login = await t.gql(
      `mutation { login(input: { email: "andreas.grossmann@demo.sicherheitsnetz.nrw", password: "Demo-Passwort-fuer-Tests-1" }) { accessToken member { displayName } } }`,
    );
    expect(login.errors).toBeUndefined();
    const token = login.data.login.accessToken;
    const orgs = await t.gql(
      `{ organisations(search: "Südwestfalen", first: 5) { nodes { name serviceRelations { municipality { name } } } } }`,
      {},
      token,
    );
    const sit = orgs.data.organisations.nodes.find(
      (o: { name: string }) => o.name === 'Südwestfalen-IT',
    );
    expect(
      sit.serviceRelations.map((r: { municipality: { name: string } }) => r.municipality.name),
    ).toEqual(expect.arrayContaining(['Stadt Siegen', 'Stadt Iserlohn']));
    expect(sit.serviceRelations).toHaveLength(12);
  });

  it('reports what it made; the second run makes nothing', () => {
    expect(first).toEqual({
      members: DEMO_PEOPLE.length,
      categories: 4,
      topics: 3,
      advisories: 5,
      acknowledgements: 8,
      channels: 3,
      messages: 17,
      incidents: 2,
    });
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    const printed = (console.log as jest.Mock).mock.calls.map((c) => String(c[0])).join('\n');
    expect(printed).toContain('Demo data');
    expect(printed).toContain('andreas.grossmann@demo.sicherheitsnetz.nrw');
    expect(printed).toContain('Password of every demo account: Demo-Passwort-fuer-Tests-1');
  });

  it('publishes an advisory at every TLP label, with recipients and acknowledgements', async () => {
    const rows: Array<{ tlp: string; status: string; recipients: number; acks: number }> =
      await t.db.query(
        `SELECT a.tlp, a.status,
                (SELECT count(*)::int FROM advisory_recipient_organisations r WHERE r.advisory_id = a.id)
                + (SELECT count(*)::int FROM advisory_recipient_members r WHERE r.advisory_id = a.id) AS recipients,
                (SELECT count(DISTINCT k.organisation_id)::int FROM advisory_acknowledgements k WHERE k.advisory_id = a.id) AS acks
           FROM advisories a ORDER BY a.tracking_id`,
      );
    expect(rows.map((r) => r.tlp)).toEqual(['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED']);
    expect(rows.every((r) => r.status !== 'DRAFT' && r.acks > 0)).toBe(true);
    expect(rows.filter((r) => r.recipients > 0).map((r) => r.tlp)).toEqual([
      'AMBER',
      'AMBER_STRICT',
      'RED',
    ]);
  });

  it('shows a municipal member of Iserlohn what TLP allows: CLEAR, GREEN and the AMBER for its provider', async () => {
    const token = await loginAs('julia.luedtke@demo.sicherheitsnetz.nrw');
    const list = await t.gql(`{ advisories(first: 20) { nodes { tlp title } } }`, {}, token);
    expect(list.errors).toBeUndefined();
    expect(list.data.advisories.nodes.map((a: { tlp: string }) => a.tlp).sort()).toEqual([
      'AMBER',
      'CLEAR',
      'GREEN',
    ]);
  });

  it('creates public channels with a German conversation the members see in order', async () => {
    const token = await loginAs('julia.luedtke@demo.sicherheitsnetz.nrw');
    const channels = await t.gql(`{ channels { id name kind lastSeq } }`, {}, token);
    expect(channels.errors).toBeUndefined();
    const lagebild = channels.data.channels.find(
      (c: { name: string }) => c.name === 'Lagebild NRW',
    );
    expect(lagebild).toMatchObject({ kind: 'PUBLIC', lastSeq: 5 });
    const history = await t.gql(
      `query($id: ID!) { messages(channelId: $id, first: 10) { nodes { seq body } } }`,
      { id: lagebild.id },
      token,
    );
    expect(history.errors).toBeUndefined();
    const messages = history.data.messages.nodes as Array<{ seq: number; body: string }>;
    expect(messages.map((m) => m.seq).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(messages.find((m) => m.seq === 1)!.body).toMatch(/^Guten Morgen/);
  });

  it('creates an open and a closed incident, each with a TLP:RED room and messages', async () => {
    const rows: Array<{ status: string; tlp: string; archived: boolean; messages: number }> =
      await t.db.query(
        `SELECT i.status, c.tlp, c.archived_at IS NOT NULL AS archived,
                (SELECT count(*)::int FROM messages m WHERE m.channel_id = c.id) AS messages
           FROM incidents i JOIN channels c ON c.id = i.channel_id ORDER BY i.status::text DESC`,
      );
    expect(rows).toEqual([
      { status: 'IN_PROGRESS', tlp: 'RED', archived: false, messages: 3 },
      { status: 'CLOSED', tlp: 'RED', archived: true, messages: 3 },
    ]);
    // The open one is Südwestfalen-IT's: exactly the 12 municipalities it serves are affected.
    const affected: Array<{ name: string; reason: string }> = await t.db.query(
      `SELECT o.name, a.reason FROM incidents i
         JOIN incident_affected_organisations a ON a.incident_id = i.id
         JOIN organisations o ON o.id = a.organisation_id
        WHERE i.status <> 'CLOSED' ORDER BY o.name`,
    );
    const served: Array<{ name: string }> = await t.db.query(
      `SELECT m.name FROM service_relations r JOIN organisations p ON p.id = r.provider_id
         JOIN organisations m ON m.id = r.municipality_id
        WHERE p.name = 'Südwestfalen-IT' ORDER BY m.name`,
    );
    expect(served).toHaveLength(12);
    expect(affected.filter((a) => a.reason === 'SERVED_BY_PROVIDER').map((a) => a.name)).toEqual(
      served.map((m) => m.name),
    );
    expect(affected.filter((a) => a.reason === 'REPORTER').map((a) => a.name)).toEqual([
      'Südwestfalen-IT',
    ]);
    // The seed's own sessions are ended.
    const [{ open }] = await t.db.query(
      `SELECT count(*)::int AS open FROM sessions WHERE user_agent = 'demo seed' AND revoked_at IS NULL`,
    );
    expect(open).toBe(0);
  });

  async function loginAs(email: string): Promise<string> {
    const login = await t.gql(
      `mutation($email: String!) { login(input: { email: $email, password: "Demo-Passwort-fuer-Tests-1" }) { accessToken } }`,
      { email },
    );
    expect(login.errors).toBeUndefined();
    return login.data.login.accessToken;
  }
});
