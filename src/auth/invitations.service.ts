import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import type { ClientInfo } from '../common/access/client-info';
import { badInput, conflict, forbidden, notFound } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MailOutbox } from '../mail/mail-outbox.service';
import { invitationMail } from '../mail/templates/auth-mails';
import { handleFromName, uniqueHandle } from '../members/handle';
import { MemberStatus, OrganisationRole, PlatformRole } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { isAdmin } from '../members/member.type';
import { Organisation } from '../organisations/organisation.entity';
import { LoginResult, normaliseEmail, AuthService } from './auth.service';
import type { AcceptInvitationInput, InviteMemberInput } from './dto/auth.inputs';
import { Invitation } from './invitation.entity';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { randomToken, sha256 } from './token.service';

export interface IssuedInvitation {
  id: string;
  memberId: string;
  email: string;
  expiresAt: Date;
  token: string;
  url: string;
}

const EMAIL_TAKEN = 'Für diese E-Mail-Adresse gibt es bereits ein Konto.';
const HANDLE_TAKEN = 'Dieses Kürzel ist bereits vergeben.';

/** The unique indexes catch what the checks cannot see: the same e-mail or handle committed meanwhile. */
function rethrowUniqueClash(e: unknown): never {
  const driverError = (e as { driverError?: { code?: string; constraint?: string } }).driverError;
  if (driverError?.code === '23505' && driverError.constraint === 'uq_members_email')
    throw conflict(EMAIL_TAKEN, 'email');
  if (driverError?.code === '23505' && driverError.constraint === 'uq_members_handle')
    throw conflict(HANDLE_TAKEN, 'handle');
  throw e;
}

const INVALID_INVITATION = 'Die Einladung ist ungültig, abgelaufen oder bereits verwendet.';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** ADMINs invite into any organisation, ORG_ADMINs into their own. */
  async invite(
    principal: Principal,
    input: InviteMemberInput,
    ip: string | null,
  ): Promise<IssuedInvitation> {
    if (!isAdmin(principal) && input.organisationId !== principal.organisationId) {
      throw forbidden('Sie können nur in Ihre eigene Organisation einladen.');
    }
    return this.db
      .transaction(async (manager) => {
        const issued = await this.issue(
          manager,
          { ...input, platformRole: PlatformRole.USER },
          principal.memberId,
          ip,
        );
        await this.sendMail(manager, issued, principal, false);
        return issued;
      })
      .catch(rethrowUniqueClash);
  }

  /**
   * A new link for a member who has not accepted yet (the old one stops working), sent by e-mail
   * again. ADMINs for anyone, ORG_ADMINs for their own organisation (NOT_FOUND otherwise).
   */
  async reinvite(
    principal: Principal,
    memberId: string,
    ip: string | null,
  ): Promise<IssuedInvitation> {
    return this.db.transaction(async (manager) => {
      const member = await manager
        .getRepository(Member)
        .findOne({ where: { id: memberId }, lock: { mode: 'pessimistic_write' } });
      if (!member || (!isAdmin(principal) && member.organisationId !== principal.organisationId))
        throw notFound('Das Mitglied');
      if (member.status !== MemberStatus.INVITED)
        throw conflict(
          'Das Konto ist bereits aktiviert; eine Einladung ist nicht nötig.',
          'memberId',
        );
      if (member.platformRole === PlatformRole.ADMIN && !isAdmin(principal))
        throw forbidden('Administratoren können nur von Administratoren verwaltet werden.');
      const issued = await this.issue(
        manager,
        {
          email: member.email,
          organisationId: member.organisationId,
          displayName: member.displayName,
          organisationRole: member.organisationRole,
          platformRole: member.platformRole,
        },
        principal.memberId,
        ip,
      );
      await this.sendMail(manager, issued, principal, true);
      return issued;
    });
  }

  /** The link goes to the invitee in the inviting transaction (rolled back with it). */
  private async sendMail(
    manager: EntityManager,
    issued: IssuedInvitation,
    inviter: Principal,
    renewed: boolean,
  ): Promise<void> {
    const member = await manager.getRepository(Member).findOneByOrFail({ id: issued.memberId });
    const organisation = await manager
      .getRepository(Organisation)
      .findOneByOrFail({ id: member.organisationId });
    const content = invitationMail({
      displayName: member.displayName,
      organisationName: organisation.name,
      inviterName: inviter.displayName,
      url: issued.url,
      expiresAt: issued.expiresAt,
      renewed,
    });
    await this.mail.enqueue(manager, {
      to: issued.email,
      memberId: member.id,
      kind: 'INVITATION',
      subject: content.subject,
      text: content.text,
      html: content.html,
      dedupeKey: `invitation:${issued.id}`,
    });
  }

  /** Used by invite() and by the first-admin bootstrap; runs inside the caller's transaction. */
  async issue(
    manager: EntityManager,
    input: InviteMemberInput & { platformRole: PlatformRole },
    invitedById: string | null,
    ip: string | null,
  ): Promise<IssuedInvitation> {
    const organisation = await manager
      .getRepository(Organisation)
      .findOneBy({ id: input.organisationId });
    if (!organisation) throw badInput('organisationId', 'Die Organisation gibt es nicht.');
    const email = normaliseEmail(input.email);
    let member = await manager.getRepository(Member).findOneBy({ email });
    if (
      member &&
      (member.status !== MemberStatus.INVITED || member.organisationId !== organisation.id)
    ) {
      throw conflict(EMAIL_TAKEN, 'email');
    }
    if (member) {
      // A repeated invitation replaces the earlier one: only the newest link works.
      await manager
        .getRepository(Invitation)
        .update(
          { memberId: member.id, acceptedAt: IsNull(), revokedAt: IsNull() },
          { revokedAt: new Date() },
        );
    } else {
      member = await manager.getRepository(Member).save(
        manager.getRepository(Member).create({
          email,
          organisationId: organisation.id,
          displayName: input.displayName.trim(),
          handle: await uniqueHandle(manager, handleFromName(input.displayName)),
          organisationRole: input.organisationRole ?? OrganisationRole.MEMBER,
          platformRole: input.platformRole,
          status: MemberStatus.INVITED,
        }),
      );
    }
    const token = randomToken(32);
    const expiresAt = new Date(Date.now() + this.config.invitationTtlHours * 3_600_000);
    const invitation = await manager.getRepository(Invitation).save({
      memberId: member.id,
      invitedById,
      tokenHash: sha256(token),
      expiresAt,
      acceptedAt: null,
      revokedAt: null,
    });
    await this.audit.record(
      {
        actorId: invitedById,
        action: 'member.invited',
        targetType: 'member',
        targetId: member.id,
        ip,
        details: {
          organisationId: organisation.id,
          organisationRole: member.organisationRole,
          platformRole: member.platformRole,
        },
      },
      manager,
    );
    return {
      id: invitation.id,
      memberId: member.id,
      email,
      expiresAt,
      token,
      url: `${this.config.publicUrl}/einladung#token=${token}`,
    };
  }

  /** Single use: sets the password, activates the account and logs the member in. */
  async accept(input: AcceptInvitationInput, client: ClientInfo): Promise<LoginResult> {
    const weakness = PasswordHasher.weakness(input.password);
    if (weakness) throw badInput('password', weakness);
    const passwordHash = await this.hasher.hash(input.password);
    const result = await this.db
      .transaction(async (manager) => {
        const invitation = await manager
          .getRepository(Invitation)
          .createQueryBuilder('i')
          .setLock('pessimistic_write')
          .where('i.token_hash = :hash', { hash: sha256(input.token) })
          .getOne();
        if (
          !invitation ||
          invitation.acceptedAt ||
          invitation.revokedAt ||
          invitation.expiresAt <= new Date()
        )
          throw badInput('token', INVALID_INVITATION);
        const member = await manager.getRepository(Member).findOneBy({ id: invitation.memberId });
        if (!member || member.status !== MemberStatus.INVITED)
          throw badInput('token', INVALID_INVITATION);
        if (input.handle && input.handle.toLowerCase() !== member.handle) {
          const taken = await manager
            .getRepository(Member)
            .existsBy({ handle: input.handle.toLowerCase() });
          if (taken) throw conflict(HANDLE_TAKEN, 'handle');
          member.handle = input.handle.toLowerCase();
        }
        if (input.displayName) member.displayName = input.displayName.trim();
        member.status = MemberStatus.ACTIVE;
        await manager.getRepository(Member).update(member.id, {
          status: member.status,
          displayName: member.displayName,
          handle: member.handle,
          passwordHash,
        });
        await manager.getRepository(Invitation).update(invitation.id, { acceptedAt: new Date() });
        const tokens = await this.sessions.start(member.id, client, manager);
        await this.audit.record(
          {
            actorId: member.id,
            action: 'invitation.accepted',
            targetType: 'member',
            targetId: member.id,
            ip: client.ip,
          },
          manager,
        );
        return { ...tokens, member };
      })
      .catch(rethrowUniqueClash);
    return { ...result, totpSetupRequired: await this.auth.needsTotpSetup(result.member) };
  }
}
