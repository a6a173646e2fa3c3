import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { conflict, forbidden } from '../common/errors/app-error';
import { Organisation } from '../organisations/organisation.entity';
import { AdvisoryAccessService, readableWhere } from './advisory-access.service';
import {
  AdvisoryAcknowledgement,
  AdvisoryAcknowledgementEvent,
} from './advisory-acknowledgement.entity';
import { Advisory } from './advisory.entity';
import { AcknowledgementStatus, AdvisoryStatus } from './advisory.enums';
import type { AcknowledgeAdvisoryInput } from './dto/advisory.inputs';

export const OVERVIEW_MAX_ORGANISATIONS = 5000;

/**
 * The organisations expected to answer an advisory (alias `a`), for the organisation expression
 * `org`: for CLEAR and GREEN every municipality and IT provider; for AMBER and AMBER+STRICT the
 * recipient organisations (and, for AMBER, those reached by a valid forward); for RED the
 * organisations of the named recipients. The owning CERT never answers its own advisory.
 */
export function expectedOrganisationWhere(org: string, a = 'a'): string {
  return `(${org} <> ${a}.author_organisation_id AND (
    (${a}.tlp IN ('CLEAR', 'GREEN') AND EXISTS (SELECT 1 FROM organisations eo WHERE eo.id = ${org} AND eo.kind IN ('MUNICIPALITY', 'IT_PROVIDER')))
    OR (${a}.tlp IN ('AMBER', 'AMBER_STRICT') AND EXISTS (SELECT 1 FROM advisory_recipient_organisations ero WHERE ero.advisory_id = ${a}.id AND ero.organisation_id = ${org}))
    OR (${a}.tlp = 'AMBER' AND EXISTS (SELECT 1 FROM advisory_forwards ef
          JOIN advisory_recipient_organisations erp ON erp.advisory_id = ef.advisory_id AND erp.organisation_id = ef.provider_id
         WHERE ef.advisory_id = ${a}.id AND ef.organisation_id = ${org}))
    OR (${a}.tlp = 'RED' AND EXISTS (SELECT 1 FROM advisory_recipient_members erm JOIN members em ON em.id = erm.member_id
         WHERE erm.advisory_id = ${a}.id AND em.organisation_id = ${org}))
  ))`;
}

export interface StatusOverview {
  advisoryId: string;
  expectedCount: number;
  byStatus: Array<{ status: AcknowledgementStatus; count: number; organisations: Organisation[] }>;
  notRespondedCount: number;
  notResponded: Organisation[];
  withoutResponder: Organisation[];
}

/**
 * An active member of organisation `org` who may read the advisory `a` (the same rule as
 * every read), i.e. someone who could answer for the organisation. `m` is the member alias.
 */
export function possibleResponderWhere(org: string, a = 'a', m = 'rm'): string {
  return `EXISTS (SELECT 1 FROM members ${m} WHERE ${m}.organisation_id = ${org} AND ${m}.status = 'ACTIVE'
    AND ${readableWhere({ member: `${m}.id`, organisation: `${m}.organisation_id` }, a)})`;
}

/**
 * Acknowledgements: any member of an expected organisation who may read the advisory records the
 * organisation's status (the ISB doing the work is often not the ORG_ADMIN); every change is kept.
 */
@Injectable()
export class AdvisoryAcknowledgementsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AdvisoryAccessService,
    private readonly audit: AuditService,
  ) {}

  async acknowledge(
    me: Principal,
    id: string,
    input: AcknowledgeAdvisoryInput,
    ip: string | null,
  ): Promise<AdvisoryAcknowledgement> {
    return this.db.transaction(async (manager) => {
      const advisory = await this.access.readable(me, id, manager);
      if (advisory.status === AdvisoryStatus.DRAFT)
        throw conflict('Ein Entwurf kann nicht quittiert werden.');
      const [expected] = await manager.query<{ ok: boolean }[]>(
        `SELECT ${expectedOrganisationWhere('$2::uuid')} AS ok FROM advisories a WHERE a.id = $1`,
        [id, me.organisationId],
      );
      if (!expected?.ok)
        throw forbidden('Ihre Organisation ist nicht Empfängerin dieser Sicherheitswarnung.');
      const note = input.note?.trim() || null;
      const values = {
        advisoryId: id,
        organisationId: me.organisationId,
        status: input.status,
        note,
        memberId: me.memberId,
      };
      await manager
        .getRepository(AdvisoryAcknowledgement)
        .upsert(values, ['advisoryId', 'organisationId']);
      await manager.getRepository(AdvisoryAcknowledgementEvent).insert(values);
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'advisory.acknowledged',
          targetType: 'advisory',
          targetId: id,
          ip,
          details: { organisationId: me.organisationId, status: input.status },
        },
        manager,
      );
      return manager
        .getRepository(AdvisoryAcknowledgement)
        .findOneByOrFail({ advisoryId: id, organisationId: me.organisationId });
    });
  }

  /** The caller's organisation's current status (the advisory was already checked as readable). */
  mine(me: Principal, advisory: Pick<Advisory, 'id'>): Promise<AdvisoryAcknowledgement | null> {
    return this.db
      .getRepository(AdvisoryAcknowledgement)
      .findOneBy({ advisoryId: advisory.id, organisationId: me.organisationId });
  }

  myHistory(
    me: Principal,
    advisory: Pick<Advisory, 'id'>,
  ): Promise<AdvisoryAcknowledgementEvent[]> {
    return this.db.getRepository(AdvisoryAcknowledgementEvent).find({
      where: { advisoryId: advisory.id, organisationId: me.organisationId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  /** The CERT's view across organisations: only for the managing CERT. */
  async overview(me: Principal, id: string): Promise<StatusOverview> {
    const advisory = await this.access.readable(me, id);
    if (!this.access.canManage(me, advisory))
      throw forbidden(
        'Nur das CERT, das die Sicherheitswarnung verfasst hat, sieht den Status aller Organisationen.',
      );
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT o.id, k.status, ${possibleResponderWhere('o.id', 'a', 'rsp')} AS reachable
         FROM advisories a
         JOIN organisations o ON ${expectedOrganisationWhere('o.id')}
         LEFT JOIN advisory_acknowledgements k ON k.advisory_id = a.id AND k.organisation_id = o.id
        WHERE a.id = $1
        ORDER BY o.name
        LIMIT ${OVERVIEW_MAX_ORGANISATIONS}`,
      [id],
    );
    const organisations = new Map(
      (rows.length
        ? await this.db
            .getRepository(Organisation)
            .createQueryBuilder('o')
            .whereInIds(rows.map((r) => r.id))
            .getMany()
        : []
      ).map((o) => [o.id, o]),
    );
    const orgsWith = (status: AcknowledgementStatus | null) =>
      rows
        .filter((r) => (r.status ?? null) === status)
        .map((r) => organisations.get(r.id as string)!);
    const notResponded = orgsWith(null);
    return {
      advisoryId: id,
      expectedCount: rows.length,
      byStatus: Object.values(AcknowledgementStatus).map((status) => {
        const list = orgsWith(status);
        return { status, count: list.length, organisations: list };
      }),
      notRespondedCount: notResponded.length,
      notResponded,
      withoutResponder: rows
        .filter((r) => !r.reachable)
        .map((r) => organisations.get(r.id as string)!),
    };
  }
}
