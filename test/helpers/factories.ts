import { generateSync } from 'otplib';
import { SessionsService } from '../../src/auth/sessions.service';
import { TotpService } from '../../src/auth/totp.service';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { MemberStatus, OrganisationRole, PlatformRole } from '../../src/members/member.enums';
import { Member } from '../../src/members/member.entity';
import { Organisation } from '../../src/organisations/organisation.entity';
import { OrganisationKind, ServiceKind } from '../../src/organisations/organisation.enums';
import { ServiceRelation } from '../../src/organisations/service-relation.entity';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'Korrekt-Pferd-Batterie-42';
let passwordHash: Promise<string> | null = null;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createOrganisation(
  t: TestApp,
  kind: OrganisationKind,
  values: Partial<Organisation> = {},
): Promise<Organisation> {
  const id = unique();
  const repo = t.db.getRepository(Organisation);
  return repo.save(
    repo.create({
      kind,
      name:
        values.name ??
        `${kind === OrganisationKind.MUNICIPALITY ? 'Stadt' : kind === OrganisationKind.CERT ? 'CERT' : 'Dienstleister'} ${id}`,
      municipalityKey:
        kind === OrganisationKind.MUNICIPALITY
          ? (values.municipalityKey ?? String(10_000_000 + counter * 7919).slice(0, 8))
          : null,
      district:
        values.district ?? (kind === OrganisationKind.MUNICIPALITY ? 'Märkischer Kreis' : null),
      governmentRegion:
        values.governmentRegion ?? (kind === OrganisationKind.MUNICIPALITY ? 'Arnsberg' : null),
      population: values.population ?? (kind === OrganisationKind.MUNICIPALITY ? 25_000 : null),
    }),
  );
}

export async function linkProvider(
  t: TestApp,
  provider: Organisation,
  municipality: Organisation,
  services = [ServiceKind.DATA_CENTRE_HOSTING],
) {
  return t.db
    .getRepository(ServiceRelation)
    .save({ providerId: provider.id, municipalityId: municipality.id, services });
}

export interface Actor {
  member: Member;
  organisation: Organisation;
  token: string;
  refreshToken: string;
  sessionId: string;
  totpSecret?: string;
}

export interface ActorOptions {
  organisation?: Organisation;
  organisationRole?: OrganisationRole;
  platformRole?: PlatformRole;
  status?: MemberStatus;
  displayName?: string;
  /** Set up TOTP (required for CERT and ADMIN accounts; done automatically for them). */
  totp?: boolean;
}

/**
 * A member with a logged-in session. Sessions are started directly: the login flow itself is
 * tested in auth.e2e-spec, and TOTP codes may be used once only, which would slow every suite.
 */
export async function createActor(
  t: TestApp,
  kind: OrganisationKind,
  options: ActorOptions = {},
): Promise<Actor> {
  const organisation = options.organisation ?? (await createOrganisation(t, kind));
  passwordHash ??= t.app.get(PasswordHasher).hash(TEST_PASSWORD);
  const id = unique();
  const name = options.displayName ?? `Test ${id}`;
  const repo = t.db.getRepository(Member);
  const member = await repo.save(
    repo.create({
      organisationId: organisation.id,
      email: `m${id}@example.org`,
      handle: `m${id}`,
      displayName: name,
      organisationRole: options.organisationRole ?? OrganisationRole.MEMBER,
      platformRole: options.platformRole ?? PlatformRole.USER,
      status: MemberStatus.ACTIVE,
      passwordHash: await passwordHash,
    }),
  );
  let totpSecret: string | undefined;
  const needsTotp =
    options.totp ?? (kind === OrganisationKind.CERT || options.platformRole === PlatformRole.ADMIN);
  if (needsTotp) {
    const totp = t.app.get(TotpService);
    totpSecret = (await totp.beginEnrolment(member.id)).secret;
    await totp.confirmEnrolment(member.id, generateSync({ secret: totpSecret }), null);
  }
  const tokens = await t.db.transaction((m) =>
    t.app.get(SessionsService).start(member.id, { ip: '127.0.0.1', userAgent: 'jest' }, m),
  );
  if (options.status && options.status !== MemberStatus.ACTIVE) {
    await repo.update(member.id, { status: options.status });
    member.status = options.status;
  }
  return {
    member,
    organisation,
    token: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    sessionId: tokens.sessionId,
    totpSecret,
  };
}

/** The standard cast of the role-matrix tests. */
export interface Cast {
  municipal: Actor;
  municipalOrgAdmin: Actor;
  provider: Actor;
  cert: Actor;
  moderator: Actor;
  admin: Actor;
  disabled: Actor;
}

export async function createCast(t: TestApp): Promise<Cast> {
  const municipality = await createOrganisation(t, OrganisationKind.MUNICIPALITY);
  const provider = await createOrganisation(t, OrganisationKind.IT_PROVIDER);
  const cert = await createOrganisation(t, OrganisationKind.CERT);
  await linkProvider(t, provider, municipality);
  return {
    municipal: await createActor(t, OrganisationKind.MUNICIPALITY, { organisation: municipality }),
    municipalOrgAdmin: await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: municipality,
      organisationRole: OrganisationRole.ORG_ADMIN,
    }),
    provider: await createActor(t, OrganisationKind.IT_PROVIDER, { organisation: provider }),
    cert: await createActor(t, OrganisationKind.CERT, { organisation: cert }),
    moderator: await createActor(t, OrganisationKind.MUNICIPALITY, {
      platformRole: PlatformRole.MODERATOR,
    }),
    admin: await createActor(t, OrganisationKind.CERT, {
      organisation: cert,
      platformRole: PlatformRole.ADMIN,
    }),
    disabled: await createActor(t, OrganisationKind.MUNICIPALITY, {
      organisation: municipality,
      status: MemberStatus.DISABLED,
    }),
  };
}

export type Role = keyof Cast | 'anonymous';
export const ROLES: Role[] = [
  'anonymous',
  'municipal',
  'municipalOrgAdmin',
  'provider',
  'cert',
  'moderator',
  'admin',
  'disabled',
];

export function tokenOf(cast: Cast, role: Role): string | null {
  return role === 'anonymous' ? null : cast[role].token;
}
