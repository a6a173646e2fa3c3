import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { forbidden, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, likePattern, toConnection } from '../common/graphql/pagination';
import type { MembersArgs, UpdateProfileInput } from './dto/member.inputs';
import { MemberStatus, OrganisationRole } from './member.enums';
import { Member } from './member.entity';
import { isAdmin } from './member.type';

/** The member directory: who may see whom, searched and paged by name. */
@Injectable()
export class MembersService {
  constructor(@InjectRepository(Member) private readonly members: Repository<Member>) {}

  /** Non-active members are visible only to ADMINs and to the ORG_ADMINs of their organisation. */
  private canSeeInactive(viewer: Principal, organisationId: string | null | undefined): boolean {
    return (
      isAdmin(viewer) ||
      (viewer.organisationRole === OrganisationRole.ORG_ADMIN &&
        organisationId === viewer.organisationId)
    );
  }

  async directory(viewer: Principal, args: MembersArgs): Promise<Connection<Member>> {
    const status = args.status ?? MemberStatus.ACTIVE;
    if (status !== MemberStatus.ACTIVE && !this.canSeeInactive(viewer, args.organisationId)) {
      throw forbidden('Nur Administratoren sehen eingeladene und deaktivierte Mitglieder.');
    }
    const qb = this.members
      .createQueryBuilder('m')
      .innerJoin('m.organisation', 'o')
      .where('m.status = :status', { status });
    if (args.organisationId)
      qb.andWhere('m.organisation_id = :orgId', { orgId: args.organisationId });
    if (args.organisationKind) qb.andWhere('o.kind = :kind', { kind: args.organisationKind });
    if (args.search?.trim()) {
      const pattern = likePattern(args.search.trim());
      qb.andWhere(
        `(m.display_name ILIKE :p OR m.handle ILIKE :p OR m.position ILIKE :p OR EXISTS (SELECT 1 FROM unnest(m.expertise_tags) t WHERE t ILIKE :p))`,
        { p: pattern },
      );
    }
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2, ['text', 'uuid']);
      // The cursor keeps the name as stored: lower() on both sides here, since JavaScript's
      // toLowerCase differs from the database's for some letters (e.g. İ), which skipped rows.
      qb.andWhere('(lower(m.display_name), m.id) > (lower(:name), :id)', { name, id });
    }
    const rows = await qb
      .orderBy('lower(m.display_name)', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (m) => [m.displayName, m.id], args.after);
  }

  /** Whether the viewer may list members of this status in the organisation (the directory's rule). */
  assertMayList(viewer: Principal, organisationId: string, status: MemberStatus): void {
    if (status !== MemberStatus.ACTIVE && !this.canSeeInactive(viewer, organisationId)) {
      throw forbidden('Nur Administratoren sehen eingeladene und deaktivierte Mitglieder.');
    }
  }

  /**
   * One page of members for each of several organisations (Organisation.members), in two
   * statements whatever the number of organisations: the counts grouped by organisation, and the
   * first `first + 1` rows of each organisation by a window function. Same order and cursor as the
   * directory (name, id). The caller checks `assertMayList` per organisation first.
   */
  async pagesByOrganisation(
    organisationIds: readonly string[],
    status: MemberStatus,
    first: number,
    after: string | null | undefined,
  ): Promise<Map<string, Connection<Member>>> {
    const ids = [...new Set(organisationIds)];
    const pages = new Map<string, Connection<Member>>();
    if (!ids.length) return pages;
    let cursor = '';
    const params: Record<string, unknown> = { orgIds: ids, status, limit: first + 1 };
    if (after) {
      const [name, id] = decodeCursor(after, 2, ['text', 'uuid']);
      cursor = 'AND (lower(x.display_name), x.id) > (lower(:name), :afterId)';
      Object.assign(params, { name, afterId: id });
    }
    const counts: Array<{ organisation_id: string; total: number }> = await this.members
      .createQueryBuilder('m')
      .select('m.organisation_id', 'organisation_id')
      .addSelect('count(*)::int', 'total')
      .where('m.organisation_id IN (:...orgIds) AND m.status = :status', params)
      .groupBy('m.organisation_id')
      .getRawMany();
    const rows = await this.members
      .createQueryBuilder('m')
      .where(
        `m.id IN (SELECT r.id FROM (
           SELECT x.id, row_number() OVER (PARTITION BY x.organisation_id ORDER BY lower(x.display_name), x.id) AS rn
             FROM members x WHERE x.organisation_id IN (:...orgIds) AND x.status = :status ${cursor}) r
          WHERE r.rn <= :limit)`,
        params,
      )
      .orderBy('lower(m.display_name)', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
    const totals = new Map(counts.map((c) => [c.organisation_id, Number(c.total)]));
    for (const id of ids) {
      const own = rows.filter((m) => m.organisationId === id);
      pages.set(
        id,
        toConnection(own, first, totals.get(id) ?? 0, (m) => [m.displayName, m.id], after),
      );
    }
    return pages;
  }

  async findVisible(viewer: Principal, id: string): Promise<Member> {
    const member = await this.members.findOneBy({ id });
    if (
      !member ||
      (member.status !== MemberStatus.ACTIVE &&
        member.id !== viewer.memberId &&
        !this.canSeeInactive(viewer, member.organisationId))
    ) {
      throw notFound('Das Mitglied');
    }
    return member;
  }

  async byIds(ids: readonly string[]): Promise<Member[]> {
    return ids.length ? this.members.findBy({ id: In([...ids]) }) : [];
  }

  async updateProfile(viewer: Principal, input: UpdateProfileInput): Promise<Member> {
    const changes: Partial<Member> = {};
    if (input.displayName != null) changes.displayName = input.displayName.trim();
    if (input.position !== undefined) changes.position = input.position?.trim() || null;
    if (input.expertiseTags != null)
      changes.expertiseTags = [
        ...new Set(input.expertiseTags.map((t) => t.trim()).filter(Boolean)),
      ];
    if (input.phone !== undefined) changes.phone = input.phone?.trim() || null;
    if (input.bio !== undefined) changes.bio = input.bio?.trim() || null;
    if (input.contactVisibility != null) changes.contactVisibility = input.contactVisibility;
    if (Object.keys(changes).length) await this.members.update(viewer.memberId, changes);
    return this.members.findOneByOrFail({ id: viewer.memberId });
  }
}
