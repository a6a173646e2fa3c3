import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, forbidden } from '../common/errors/app-error';
import { HEADLINE_OPTIONS, safeHeadline } from '../common/search/headline';
import {
  Connection,
  decodeCursor,
  likePattern,
  mapConnection,
  toConnection,
} from '../common/graphql/pagination';
import { Member } from '../members/member.entity';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import {
  AdvisoryAccessService,
  principalParams,
  PRINCIPAL_SQL,
  publicWhere,
  readableWhere,
} from './advisory-access.service';
import { Advisory } from './advisory.entity';
import { AUDITED_TLP, CLOSED_ACK_STATUSES } from './advisory.enums';
import { AdvisoryRevision } from './advisory-revision.entity';
import { expectedOrganisationWhere } from './advisory-acknowledgements.service';
import type { AdvisoriesArgs, AdvisorySearchArgs, OpenAdvisoriesArgs } from './dto/advisory.inputs';

type AdvisoryFilters = Pick<AdvisoriesArgs, 'severity' | 'status' | 'tlp' | 'cve'>;

export interface AdvisorySearchHit {
  advisory: Advisory;
  rank: number;
  headline: string;
}

export const PUBLIC_FEED_LIMIT = 100;

/**
 * Reads. Every query goes through readableWhere; reads of AMBER, AMBER+STRICT and RED content are
 * audited: by id and export one entry each, lists one entry per page naming the labelled ids.
 */
@Injectable()
export class AdvisoryQueriesService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AdvisoryAccessService,
    private readonly audit: AuditService,
  ) {}

  private readableQuery(me: Principal): SelectQueryBuilder<Advisory> {
    return this.db
      .getRepository(Advisory)
      .createQueryBuilder('a')
      .where(readableWhere(PRINCIPAL_SQL), principalParams(me));
  }

  async get(me: Principal, id: string, ip: string | null): Promise<Advisory> {
    const advisory = await this.access.readable(me, id);
    await this.auditRead(me, [advisory], 'advisory.read', ip);
    return advisory;
  }

  /** Readable advisories narrowed by the list filters (not the text search). */
  private filtered(me: Principal, args: AdvisoryFilters): SelectQueryBuilder<Advisory> {
    const qb = this.readableQuery(me);
    if (args.severity) qb.andWhere('a.severity = :severity', { severity: args.severity });
    if (args.status) qb.andWhere('a.status = :status', { status: args.status });
    if (args.tlp) qb.andWhere('a.tlp = :tlp', { tlp: args.tlp });
    if (args.cve) qb.andWhere(':cve = ANY(a.cves)', { cve: args.cve.toUpperCase() });
    return qb;
  }

  async list(
    me: Principal,
    args: AdvisoriesArgs,
    ip: string | null,
  ): Promise<Connection<Advisory>> {
    const qb = this.filtered(me, args);
    const text = args.search?.trim();
    if (text) {
      const page = await this.ranked(me, qb, text, args.first, args.after, ip);
      return mapConnection(page, (h) => h.advisory);
    }
    return this.page(me, qb, args.first, args.after, ip);
  }

  /** Full-text hits with highlighted excerpts (same matching and order as list with search). */
  search(me: Principal, args: AdvisorySearchArgs, ip: string | null) {
    const text = args.query.trim();
    if (!text) throw badInput('query', 'Bitte einen Suchbegriff angeben.');
    return this.ranked(me, this.filtered(me, args), text, args.first, args.after, ip);
  }

  /**
   * German full-text search under the TLP rule of `qb` (readableWhere is already its first
   * condition, so hits and totalCount hold readable advisories only). Matches the stored,
   * weighted search_vector through its GIN index, or a tracking id containing the text (ids such
   * as "SN-2026-0042" are split by the text parser). Ordered by rank (an exact tracking id first),
   * then newest first; keyset cursor (rank, listed_at, id). Headlines only for the page's rows.
   */
  private async ranked(
    me: Principal,
    qb: SelectQueryBuilder<Advisory>,
    text: string,
    first: number,
    after: string | null | undefined,
    ip: string | null,
  ): Promise<Connection<AdvisorySearchHit>> {
    const query = `websearch_to_tsquery('german', :q)`;
    const rank = `(ts_rank(a.search_vector, ${query}) + CASE WHEN lower(a.tracking_id) = lower(:q) THEN 1 ELSE 0 END)::real`;
    qb.andWhere(`(a.search_vector @@ ${query} OR a.tracking_id ILIKE :qLike)`, {
      q: text,
      qLike: likePattern(text),
    });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [r, at, id] = decodeCursor(after, 3, ['text', 'timestamp', 'uuid']);
      const cRank = Number(r);
      if (!Number.isFinite(cRank)) throw badInput('after', 'Ungültiger Cursor.');
      qb.andWhere(
        `(${rank} < CAST(:cRank AS real) OR (${rank} = CAST(:cRank AS real) AND (a.listed_at, a.id) < (:at::timestamptz, :afterId::uuid)))`,
        { cRank, at, afterId: id },
      );
    }
    // The marker characters of the excerpt are removed from the source, so text cannot forge one.
    const source = `translate(a.title || '. ' || a.summary || '. ' || a.body_markdown, chr(1) || chr(2), '  ')`;
    const { entities, raw } = await qb
      .addSelect(rank, 'search_rank')
      .addSelect(`ts_headline('german', ${source}, ${query}, :opts)`, 'search_headline')
      .setParameter('opts', HEADLINE_OPTIONS)
      .orderBy(rank, 'DESC')
      .addOrderBy('a.listed_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ a_id: string; search_rank: number; search_headline: string }>();
    const extra = new Map(raw.map((row) => [row.a_id, row]));
    const hits = entities.map((advisory) => {
      const row = extra.get(advisory.id)!;
      return {
        advisory,
        rank: Number(row.search_rank),
        headline: safeHeadline(row.search_headline ?? ''),
      };
    });
    const page = toConnection(
      hits,
      first,
      totalCount,
      (h) => [String(h.rank), h.advisory.listedAt.toISOString(), h.advisory.id],
      after,
    );
    await this.auditRead(
      me,
      page.nodes.map((h) => h.advisory),
      'advisory.list_read',
      ip,
    );
    return page;
  }

  /**
   * Published advisories an organisation is expected to answer and has not closed (PATCHED or
   * NOT_AFFECTED). Its own members see their organisation's; CERT members may look at another
   * organisation, limited to advisories their own CERT manages (the CERT's overview).
   */
  async open(
    me: Principal,
    args: OpenAdvisoriesArgs,
    ip: string | null,
  ): Promise<Connection<Advisory>> {
    const organisationId = args.organisationId ?? me.organisationId;
    const qb = this.readableQuery(me).andWhere(`a.status <> 'DRAFT'`);
    if (organisationId !== me.organisationId) {
      if (me.organisationKind !== OrganisationKind.CERT)
        throw forbidden('Nur das CERT sieht offene Warnungen anderer Organisationen.');
      qb.andWhere('a.author_organisation_id = :readerOrgId');
    }
    qb.andWhere(expectedOrganisationWhere(':openOrgId'), { openOrgId: organisationId }).andWhere(
      `NOT EXISTS (SELECT 1 FROM advisory_acknowledgements k WHERE k.advisory_id = a.id AND k.organisation_id = :openOrgId AND k.status IN (:...closed))`,
      { closed: CLOSED_ACK_STATUSES },
    );
    return this.page(me, qb, args.first, args.after, ip);
  }

  private async page(
    me: Principal,
    qb: SelectQueryBuilder<Advisory>,
    first: number,
    after: string | null | undefined,
    ip: string | null,
  ) {
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      qb.andWhere('(a.listed_at, a.id) < (:at::timestamptz, :afterId::uuid)', { at, afterId: id });
    }
    const rows = await qb
      .orderBy('a.listed_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const page = toConnection(
      rows,
      first,
      totalCount,
      (a) => [a.listedAt.toISOString(), a.id],
      after,
    );
    await this.auditRead(me, page.nodes, 'advisory.list_read', ip);
    return page;
  }

  async revisions(advisoryId: string): Promise<AdvisoryRevision[]> {
    return this.db
      .getRepository(AdvisoryRevision)
      .find({ where: { advisoryId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  /** Recipients, only for the managing CERT (null for everyone else: a reader need not know who else reads). */
  async recipients(
    me: Principal,
    a: Pick<Advisory, 'id' | 'authorOrganisationId'>,
  ): Promise<{
    organisations: Organisation[];
    members: Member[];
    forwardedTo: Organisation[];
  } | null> {
    if (!this.access.canManage(me, a)) return null;
    const organisations = await this.db
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where(
        'o.id IN (SELECT organisation_id FROM advisory_recipient_organisations WHERE advisory_id = :id)',
        { id: a.id },
      )
      .orderBy('o.name')
      .getMany();
    const members = await this.db
      .getRepository(Member)
      .createQueryBuilder('m')
      .where('m.id IN (SELECT member_id FROM advisory_recipient_members WHERE advisory_id = :id)', {
        id: a.id,
      })
      .orderBy('m.display_name')
      .getMany();
    const forwardedTo = await this.db
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.id IN (SELECT organisation_id FROM advisory_forwards WHERE advisory_id = :id)', {
        id: a.id,
      })
      .orderBy('o.name')
      .getMany();
    return { organisations, members, forwardedTo };
  }

  /** The public feed: published CLEAR advisories only, newest first. */
  publicFeed(): Promise<Advisory[]> {
    return this.db
      .getRepository(Advisory)
      .createQueryBuilder('a')
      .where(publicWhere())
      .orderBy('a.listed_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(PUBLIC_FEED_LIMIT)
      .getMany();
  }

  async publicByTrackingId(trackingId: string): Promise<Advisory | null> {
    return this.db
      .getRepository(Advisory)
      .createQueryBuilder('a')
      .where(publicWhere())
      .andWhere('a.tracking_id = :trackingId', { trackingId })
      .getOne();
  }

  async auditRead(
    me: Principal,
    advisories: Advisory[],
    action: string,
    ip: string | null,
  ): Promise<void> {
    const labelled = advisories.filter((a) => AUDITED_TLP.has(a.tlp));
    if (!labelled.length) return;
    await this.audit.record({
      actorId: me.memberId,
      action,
      targetType: 'advisory',
      targetId: labelled.length === 1 ? labelled[0].id : null,
      ip,
      details: {
        advisories: labelled.map((a) => ({
          id: a.id,
          trackingId: a.trackingId,
          tlp: a.tlp,
          version: a.version,
        })),
      },
    });
  }
}
