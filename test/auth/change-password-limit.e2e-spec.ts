import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createActor, TEST_PASSWORD } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';

const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

describe('changePassword shares the login lockout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('locks the account after repeated wrong current passwords, also for login', async () => {
    const actor = await createActor(t, OrganisationKind.MUNICIPALITY);
    for (let i = 0; i < 5; i++) {
      const wrong = await t.gql(
        CHANGE,
        {
          input: {
            currentPassword: `falsch-${i}-xxxxxxxx`,
            newPassword: 'Ein-neues-Passwort-2026',
          },
        },
        actor.token,
      );
      expect(wrong.errors?.[0]?.extensions?.field).toBe('currentPassword');
    }
    const locked = await t.gql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'Ein-neues-Passwort-2026' } },
      actor.token,
    );
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    const login = await t.gql(
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
      { e: actor.member.email, p: TEST_PASSWORD },
    );
    expect(errorCode(login)).toBe('RATE_LIMITED');
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM audit_events WHERE action = 'login.lockout' AND actor_id = $1`,
      [actor.member.id],
    );
    expect(count).toBe(1);
  });
});
