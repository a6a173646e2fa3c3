import { seedDemoData } from '../src/seed/demo-data';
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

  it('loads the community once, and again without duplicates', async () => {
    await seedDemoData(t.app);
    await seedDemoData(t.app);
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
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM forum_topics`);
    expect(count).toBe(3);
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
});
