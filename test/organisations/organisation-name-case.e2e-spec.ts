import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';

const CREATE = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`;

describe('organisation names are unique regardless of case', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses "stadt x" next to "Stadt X", also when both requests race', async () => {
    const admin = await createActor(t, OrganisationKind.CERT, { platformRole: 'ADMIN' as never });
    const results = await Promise.all(
      ['Stadt Fallbeispiel', 'stadt fallbeispiel', 'STADT FALLBEISPIEL'].map((name, i) =>
        t.gql(
          CREATE,
          { input: { kind: 'IT_PROVIDER', name: `${name}`, district: `K${i}` } },
          admin.token,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) {
      expect(errorCode(r)).toBe('CONFLICT');
      expect(r.errors?.[0]?.extensions?.field).toBe('name');
    }
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM organisations WHERE lower(name) = 'stadt fallbeispiel'`,
    );
    expect(count).toBe(1);
  });
});
