import { INestApplication } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MIGRATION_LOCK_KEY } from '../database/migrate';
import type { AppConfig } from '../config/app-config';
import { MemberStatus, OrganisationRole, PlatformRole } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import { InvitationsService } from './invitations.service';
import { PasswordHasher } from './password-hasher';

export interface FirstAdminInput {
  email: string;
  displayName: string;
  organisationName: string;
  /** Without a password the admin gets an invitation link instead. */
  password?: string;
}

/**
 * Creates an ADMIN (and their organisation, a CERT by default) and returns either nothing (password
 * given) or the one-time invitation link to print. The admin enrols TOTP at first login.
 */
export async function createFirstAdmin(
  app: INestApplication,
  input: FirstAdminInput,
  /** Run inside this transaction instead of a new one. */
  within?: EntityManager,
): Promise<string | null> {
  const db = app.get(DataSource);
  const invitations = app.get(InvitationsService);
  const hasher = app.get(PasswordHasher);
  const weakness = input.password ? PasswordHasher.weakness(input.password) : null;
  if (weakness) throw new Error(`ADMIN_PASSWORD: ${weakness}`);
  const passwordHash = input.password ? await hasher.hash(input.password) : null;
  const work = async (manager: EntityManager) => {
    const orgRepo = manager.getRepository(Organisation);
    const organisation =
      (await orgRepo.findOneBy({ name: input.organisationName })) ??
      (await orgRepo.save(
        orgRepo.create({ name: input.organisationName, kind: OrganisationKind.CERT }),
      ));
    const invitation = await invitations.issue(
      manager,
      {
        email: input.email,
        displayName: input.displayName,
        organisationId: organisation.id,
        organisationRole: OrganisationRole.ORG_ADMIN,
        platformRole: PlatformRole.ADMIN,
      },
      null,
      null,
    );
    if (!passwordHash) return invitation.url;
    await manager
      .getRepository(Member)
      .update(invitation.memberId, { passwordHash, status: MemberStatus.ACTIVE });
    return null;
  };
  return within ? work(within) : db.transaction(work);
}

export type FirstAdminOutcome =
  | { kind: 'exists' }
  | { kind: 'missing' }
  | { kind: 'invited'; email: string; invitationUrl: string; validHours: number }
  | { kind: 'created'; email: string };

/**
 * On first start: an ADMIN from ADMIN_EMAIL (and ADMIN_PASSWORD), or a hint how to create one.
 * Several instances may start at once on one database (compose replicas): the check and the
 * creation run in one transaction under the migrations' advisory lock, so exactly one creates the
 * admin and the others see it. The caller reports the outcome (main.ts: the start-up banner).
 */
export async function bootstrapFirstAdmin(
  app: INestApplication,
  config: AppConfig,
): Promise<FirstAdminOutcome> {
  const db = app.get(DataSource);
  const email = process.env.ADMIN_EMAIL;
  const outcome = await db.transaction(async (manager): Promise<FirstAdminOutcome> => {
    if (email) await manager.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    if ((await manager.getRepository(Member).count()) > 0) return { kind: 'exists' };
    if (!email) return { kind: 'missing' };
    const link = await createFirstAdmin(
      app,
      {
        email,
        displayName: process.env.ADMIN_NAME || 'Administrator',
        organisationName: process.env.ADMIN_ORGANISATION || 'CERT Nordrhein-Westfalen',
        password: process.env.ADMIN_PASSWORD || undefined,
      },
      manager,
    );
    return link
      ? { kind: 'invited', email, invitationUrl: link, validHours: config.invitationTtlHours }
      : { kind: 'created', email };
  });
  return outcome;
}
