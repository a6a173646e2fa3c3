import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
): Promise<string | null> {
  const db = app.get(DataSource);
  const invitations = app.get(InvitationsService);
  const hasher = app.get(PasswordHasher);
  const weakness = input.password ? PasswordHasher.weakness(input.password) : null;
  if (weakness) throw new Error(`ADMIN_PASSWORD: ${weakness}`);
  const passwordHash = input.password ? await hasher.hash(input.password) : null;
  return db.transaction(async (manager) => {
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
  });
}

/** On first start: an ADMIN from ADMIN_EMAIL (and ADMIN_PASSWORD), or a hint how to create one. */
export async function bootstrapFirstAdmin(app: INestApplication, config: AppConfig): Promise<void> {
  const logger = new Logger('FirstAdmin');
  const db = app.get(DataSource);
  if ((await db.getRepository(Member).count()) > 0) return;
  const email = process.env.ADMIN_EMAIL;
  if (!email) {
    logger.warn(
      'Es gibt noch kein Konto. Ersten Administrator anlegen: npm run create-admin -- <email> "<Name>" (oder ADMIN_EMAIL setzen).',
    );
    return;
  }
  const link = await createFirstAdmin(app, {
    email,
    displayName: process.env.ADMIN_NAME || 'Administrator',
    organisationName: process.env.ADMIN_ORGANISATION || 'CERT Nordrhein-Westfalen',
    password: process.env.ADMIN_PASSWORD || undefined,
  });
  if (link)
    logger.warn(
      `Einladungslink für den ersten Administrator (einmalig, ${config.invitationTtlHours} h gültig): ${link}`,
    );
  else
    logger.log(
      `Erster Administrator ${email} angelegt; TOTP wird bei der ersten Anmeldung eingerichtet.`,
    );
}
