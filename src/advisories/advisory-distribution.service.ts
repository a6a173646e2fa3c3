import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, forbidden } from '../common/errors/app-error';
import { Member } from '../members/member.entity';
import { MemberStatus, OrganisationRole } from '../members/member.enums';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import { ProviderRegisterService } from '../organisations/provider-register.service';
import { AdvisoryAccessService } from './advisory-access.service';
import { Advisory } from './advisory.entity';
import { AdvisoryStatus, TlpLabel, tlpRank, tlpText } from './advisory.enums';
import { AdvisoryForward } from './advisory-forward.entity';
import { AdvisoryNotifier } from './advisory-notifier';
import {
  AdvisoryRecipientMember,
  AdvisoryRecipientOrganisation,
} from './advisory-recipient.entity';
import type { AdvisoryRecipientsInput } from './dto/advisory.inputs';

/**
 * Who receives an advisory: recipients, the label, forwards by IT providers. Every change takes
 * effect on the next request because reads evaluate the rule against these rows each time;
 * members who become readers are notified once.
 */
@Injectable()
export class AdvisoryDistributionService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AdvisoryAccessService,
    private readonly audit: AuditService,
    private readonly notifier: AdvisoryNotifier,
    private readonly register: ProviderRegisterService,
  ) {}

  /** Replaces the recipients; "municipalities served by provider X" expands from the register now. */
  async setRecipients(
    me: Principal,
    id: string,
    input: AdvisoryRecipientsInput,
    ip: string | null,
  ): Promise<Advisory> {
    return this.change(me, id, async (manager, advisory) => {
      const organisationIds = new Set(input.organisationIds);
      if (input.municipalitiesServedBy.length) {
        const providers = await manager
          .getRepository(Organisation)
          .findBy({ id: In(input.municipalitiesServedBy), kind: OrganisationKind.IT_PROVIDER });
        if (providers.length !== new Set(input.municipalitiesServedBy).size)
          throw badInput('municipalitiesServedBy', 'Mindestens eine ID ist kein IT-Dienstleister.');
        for (const provider of providers)
          for (const m of await this.register.municipalityIdsServedBy(provider.id, manager))
            organisationIds.add(m);
      }
      if (organisationIds.size > 2000)
        throw badInput('organisationIds', 'Zu viele Empfänger-Organisationen.');
      const found = organisationIds.size
        ? await manager.getRepository(Organisation).countBy({ id: In([...organisationIds]) })
        : 0;
      if (found !== organisationIds.size)
        throw badInput('organisationIds', 'Mindestens eine Organisation gibt es nicht.');
      const memberIds = [...new Set(input.memberIds)];
      const members = memberIds.length
        ? await manager
            .getRepository(Member)
            .countBy({ id: In(memberIds), status: MemberStatus.ACTIVE })
        : 0;
      if (members !== memberIds.length)
        throw badInput(
          'memberIds',
          'Mindestens ein Mitglied gibt es nicht oder es ist nicht aktiv.',
        );

      await manager.getRepository(AdvisoryRecipientOrganisation).delete({ advisoryId: id });
      await manager.getRepository(AdvisoryRecipientMember).delete({ advisoryId: id });
      if (organisationIds.size) {
        await manager.getRepository(AdvisoryRecipientOrganisation).insert(
          [...organisationIds].map((organisationId) => ({
            advisoryId: id,
            organisationId,
            addedById: me.memberId,
          })),
        );
      }
      if (memberIds.length) {
        await manager
          .getRepository(AdvisoryRecipientMember)
          .insert(
            memberIds.map((memberId) => ({ advisoryId: id, memberId, addedById: me.memberId })),
          );
      }
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'advisory.recipients_set',
          targetType: 'advisory',
          targetId: id,
          ip,
          details: {
            organisationIds: [...organisationIds],
            memberIds,
            municipalitiesServedBy: input.municipalitiesServedBy,
          },
        },
        manager,
      );
      return advisory;
    });
  }

  async raiseTlp(me: Principal, id: string, tlp: TlpLabel, ip: string | null): Promise<Advisory> {
    return this.change(me, id, async (manager, advisory) => {
      if (tlpRank(tlp) <= tlpRank(advisory.tlp)) {
        throw badInput(
          'tlp',
          `${tlpText(tlp)} ist nicht strenger als ${tlpText(advisory.tlp)}; herabstufen nur mit lowerAdvisoryTlp.`,
        );
      }
      const from = advisory.tlp;
      advisory.tlp = tlp;
      await manager.getRepository(Advisory).update(id, { tlp });
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'advisory.tlp_raised',
          targetType: 'advisory',
          targetId: id,
          ip,
          details: { from, to: tlp },
        },
        manager,
      );
      return advisory;
    });
  }

  /** Lowering widens the audience: an explicit act with a reason, written to the audit log. */
  async lowerTlp(
    me: Principal,
    id: string,
    tlp: TlpLabel,
    reason: string,
    ip: string | null,
  ): Promise<Advisory> {
    return this.change(me, id, async (manager, advisory) => {
      if (tlpRank(tlp) >= tlpRank(advisory.tlp))
        throw badInput(
          'tlp',
          `${tlpText(tlp)} ist nicht weniger streng als ${tlpText(advisory.tlp)}.`,
        );
      const from = advisory.tlp;
      advisory.tlp = tlp;
      await manager.getRepository(Advisory).update(id, { tlp });
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'advisory.tlp_lowered',
          targetType: 'advisory',
          targetId: id,
          ip,
          details: { from, to: tlp, reason },
        },
        manager,
      );
      return advisory;
    });
  }

  /**
   * A recipient IT provider's ORG_ADMIN extends an AMBER advisory to municipalities it serves (all,
   * or the given ones, which must be in the register). Returns how many municipalities it reaches.
   */
  async forward(
    me: Principal,
    id: string,
    municipalityIds: string[] | null,
    ip: string | null,
  ): Promise<number> {
    const { count, created } = await this.db.transaction(async (manager) => {
      const advisory = await this.access.readable(me, id, manager);
      if (
        me.organisationKind !== OrganisationKind.IT_PROVIDER ||
        me.organisationRole !== OrganisationRole.ORG_ADMIN
      ) {
        throw forbidden(
          'Nur Organisations-Administratoren eines IT-Dienstleisters geben Sicherheitswarnungen weiter.',
        );
      }
      if (advisory.tlp !== TlpLabel.AMBER)
        throw forbidden(
          `${tlpText(advisory.tlp)} darf nicht weitergegeben werden (nur TLP:AMBER).`,
        );
      const recipient = await manager
        .getRepository(AdvisoryRecipientOrganisation)
        .existsBy({ advisoryId: id, organisationId: me.organisationId });
      if (!recipient)
        throw forbidden('Nur Empfänger-Organisationen geben eine Sicherheitswarnung weiter.');
      const served = await this.register.municipalityIdsServedBy(me.organisationId, manager);
      const targets = municipalityIds ? [...new Set(municipalityIds)] : served;
      if (targets.some((t) => !served.includes(t)))
        throw badInput(
          'municipalityIds',
          'Mindestens eine Kommune wird laut Register nicht von Ihnen betreut.',
        );
      if (targets.length) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(AdvisoryForward)
          .values(
            targets.map((organisationId) => ({
              advisoryId: id,
              providerId: me.organisationId,
              organisationId,
              forwardedById: me.memberId,
            })),
          )
          .orIgnore()
          .execute();
      }
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'advisory.forwarded',
          targetType: 'advisory',
          targetId: id,
          ip,
          details: { providerId: me.organisationId, organisationIds: targets },
        },
        manager,
      );
      const created =
        advisory.status === AdvisoryStatus.DRAFT
          ? []
          : await this.notifier.notifyReaders(
              manager,
              advisory,
              this.notifier.titleFor(advisory, false),
              { actorId: me.memberId, onlyNew: true },
            );
      return { count: targets.length, created };
    });
    this.notifier.publish(created);
    return count;
  }

  /** One transaction for a distribution change by a manager, then notifications for new readers. */
  private async change(
    me: Principal,
    id: string,
    apply: (manager: EntityManager, a: Advisory) => Promise<Advisory>,
  ): Promise<Advisory> {
    const { advisory, created } = await this.db.transaction(async (manager) => {
      const advisory = await apply(manager, await this.access.manageable(me, id, manager));
      const created =
        advisory.status === AdvisoryStatus.DRAFT
          ? []
          : await this.notifier.notifyReaders(
              manager,
              advisory,
              this.notifier.titleFor(advisory, false),
              { actorId: me.memberId, onlyNew: true },
            );
      return { advisory, created };
    });
    this.notifier.publish(created);
    return advisory;
  }
}
