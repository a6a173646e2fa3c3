import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { forbidden, notFound } from '../common/errors/app-error';
import { OrganisationKind } from '../organisations/organisation.enums';
import { Advisory } from './advisory.entity';

/** SQL expressions (parameters or columns) that stand for the reader in the rule below. */
export interface ReaderSql {
  member: string;
  organisation: string;
}

/**
 * THE visibility rule for advisories (DESIGN.md, TLP 2.0), as one SQL condition over the
 * advisory alias `a`. Every path uses it: by id, lists, search, counts, open advisories,
 * acknowledgements, exports and the choice of who is notified (there with member columns).
 *
 * Published (INTERIM, FINAL):
 *   CLEAR         anyone (anonymous readers get `publicWhere`)
 *   GREEN         every active member (inactive members have no principal; notifications filter status)
 *   AMBER         members of recipient organisations, of the authoring CERT organisation (it
 *                 counts as a recipient implicitly so that its staff can manage the advisory), and
 *                 of organisations reached by a logged forward, as long as the forwarding provider
 *                 is still a recipient and the label is still AMBER
 *   AMBER_STRICT  members of recipient organisations and of the authoring CERT organisation only
 *   RED           the named member recipients and the author only
 * DRAFT: members of the authoring CERT organisation only (the CERT works on drafts as a team),
 *   and for a RED draft only the author and named recipients.
 * No role bypasses this: TLP is about people, so an ADMIN or a CERT member of another organisation
 * is not a reader unless the rule names them.
 */
export function readableWhere(r: ReaderSql, a = 'a'): string {
  const namedMember = `EXISTS (SELECT 1 FROM advisory_recipient_members rm WHERE rm.advisory_id = ${a}.id AND rm.member_id = ${r.member})`;
  const recipientOrg = `EXISTS (SELECT 1 FROM advisory_recipient_organisations ro WHERE ro.advisory_id = ${a}.id AND ro.organisation_id = ${r.organisation})`;
  const forwarded = `EXISTS (SELECT 1 FROM advisory_forwards f
      JOIN advisory_recipient_organisations rp ON rp.advisory_id = f.advisory_id AND rp.organisation_id = f.provider_id
     WHERE f.advisory_id = ${a}.id AND f.organisation_id = ${r.organisation})`;
  return `(
    (${a}.status <> 'DRAFT' AND (
       ${a}.tlp IN ('CLEAR', 'GREEN')
       OR (${a}.tlp IN ('AMBER', 'AMBER_STRICT') AND (${a}.author_organisation_id = ${r.organisation} OR ${recipientOrg}))
       OR (${a}.tlp = 'AMBER' AND ${forwarded})
       OR (${a}.tlp = 'RED' AND (${a}.author_id = ${r.member} OR ${namedMember}))
    ))
    OR (${a}.status = 'DRAFT' AND ${a}.author_organisation_id = ${r.organisation}
        AND (${a}.tlp <> 'RED' OR ${a}.author_id = ${r.member} OR ${namedMember}))
  )`;
}

/** What an anonymous caller (the public feed) may read. */
export function publicWhere(a = 'a'): string {
  return `(${a}.status <> 'DRAFT' AND ${a}.tlp = 'CLEAR')`;
}

/** Parameters for `readableWhere(PRINCIPAL_SQL)` in TypeORM query builders. */
export const PRINCIPAL_SQL: ReaderSql = { member: ':readerId', organisation: ':readerOrgId' };
export const principalParams = (p: Principal) => ({
  readerId: p.memberId,
  readerOrgId: p.organisationId,
});

@Injectable()
export class AdvisoryAccessService {
  constructor(private readonly db: DataSource) {}

  /** The same rule as readableWhere, evaluated by the database for one advisory. */
  async canRead(
    principal: Principal,
    advisory: Pick<Advisory, 'id'>,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM advisories a WHERE a.id = $1 AND ${readableWhere({ member: '$2::uuid', organisation: '$3::uuid' })}`,
      [advisory.id, principal.memberId, principal.organisationId],
    );
    return rows.length > 0;
  }

  /** Loads an advisory the principal may read; a forbidden one looks missing (NOT_FOUND). */
  async readable(
    principal: Principal,
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<Advisory> {
    const qb = manager
      .getRepository(Advisory)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .andWhere(readableWhere(PRINCIPAL_SQL), principalParams(principal));
    if (lock) qb.setLock('pessimistic_write');
    const advisory = await qb.getOne();
    if (!advisory) throw notFound('Die Sicherheitswarnung');
    return advisory;
  }

  /** Managing (edit, publish, recipients, label, overview) is for CERT members of the owning organisation. */
  canManage(principal: Principal, advisory: Pick<Advisory, 'authorOrganisationId'>): boolean {
    return (
      principal.organisationKind === OrganisationKind.CERT &&
      advisory.authorOrganisationId === principal.organisationId
    );
  }

  /** A readable advisory the principal may manage: NOT_FOUND for non-readers, FORBIDDEN for mere readers. */
  async manageable(
    principal: Principal,
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Advisory> {
    const advisory = await this.readable(principal, id, manager, true);
    if (!this.canManage(principal, advisory))
      throw forbidden(
        'Nur das CERT, das die Sicherheitswarnung verfasst hat, darf sie bearbeiten.',
      );
    return advisory;
  }
}
