import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { AppError, conflict } from '../common/errors/app-error';
import { renderMarkdown } from '../common/markdown/render-markdown';
import { AdvisoryAccessService } from './advisory-access.service';
import { assertCertMember } from './advisory-authoring.service';
import { compareVersions, toAdvisoryData } from './advisory-content';
import { Advisory } from './advisory.entity';
import { AdvisorySeverity, AdvisoryStatus, TlpLabel, tlpRank } from './advisory.enums';
import { AdvisoryQueriesService } from './advisory-queries.service';
import { AdvisoryRevision } from './advisory-revision.entity';
import { advisoryToCsaf } from './csaf/csaf-export';
import { importCsaf } from './csaf/csaf-import';
import { AdvisoryData, CsafError } from './csaf/csaf.types';
import { CVE_PATTERN } from './dto/advisory.inputs';

export const MAX_REPORTED_MESSAGES = 100;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
const dateOrNull = (value: string): Date | null =>
  Number.isNaN(Date.parse(value)) ? null : new Date(value);

/** CSAF 2.0/2.1 import (validated with the official library) and export. */
@Injectable()
export class AdvisoryCsafService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AdvisoryAccessService,
    private readonly queries: AdvisoryQueriesService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Refused documents answer BAD_USER_INPUT on field "document" with the validator's messages in
   * `extensions.messages`. An imported document becomes a DRAFT of the importing CERT, whatever its
   * tracking status says: only that CERT sees it, nobody is notified, nothing reaches the public
   * feed until a person reviews and publishes it (publishAdvisory). The same tracking id and version
   * again changes nothing; a newer version replaces the content of a draft; a published advisory
   * is not changed by an import (CONFLICT: its next version goes through publishAdvisory, reviewed);
   * an older version is a CONFLICT. An imported label never lowers the current one.
   */
  async import(me: Principal, document: unknown, ip: string | null): Promise<Advisory> {
    assertCertMember(me);
    let parsed: { document: unknown; advisory: AdvisoryData };
    try {
      parsed = await importCsaf(document);
    } catch (error) {
      if (error instanceof CsafError) {
        const messages = [...new Set(error.messages)].slice(0, MAX_REPORTED_MESSAGES);
        // Each problem once: a guard's error (too large, not JSON, ...) is its own only message,
        // so the headline is not repeated; the validator's messages follow its summary.
        const details = messages.filter((m) => m !== error.message);
        throw new AppError(
          'BAD_USER_INPUT',
          `document: ${error.message}${details.length ? ` ${details.slice(0, 3).join('; ')}` : ''}`,
          'document',
          { messages },
        );
      }
      throw error;
    }
    const data = parsed.advisory;
    if (!data.trackingId || data.trackingId.length > 100)
      throw new AppError(
        'BAD_USER_INPUT',
        'document: Die Tracking-ID fehlt oder ist länger als 100 Zeichen.',
        'document',
        { messages: [] },
      );
    if (data.version.length > 40)
      throw new AppError('BAD_USER_INPUT', 'document: Die Version ist zu lang.', 'document', {
        messages: [],
      });
    const rawNamespace = obj(obj(obj(parsed.document).document).publisher).namespace;
    const namespace = (typeof rawNamespace === 'string' ? rawNamespace : '').slice(0, 300);

    return this.db.transaction(async (manager) => {
      const existing = await manager
        .getRepository(Advisory)
        .createQueryBuilder('a')
        .where('a.tracking_id = :t', { t: data.trackingId })
        .setLock('pessimistic_write')
        .getOne();
      if (!existing) return this.createFrom(manager, me, data, namespace, ip);
      if (
        !(await this.access.canRead(me, existing, manager)) ||
        !this.access.canManage(me, existing)
      ) {
        throw conflict(
          'Diese Tracking-ID gehört zu einer Sicherheitswarnung, die Sie nicht verwalten.',
          'document',
        );
      }
      const known = await manager
        .getRepository(AdvisoryRevision)
        .existsBy({ advisoryId: existing.id, version: data.version });
      if (known || existing.version === data.version) return existing;
      if (compareVersions(data.version, existing.version) < 0)
        throw conflict(`Es liegt bereits die neuere Version ${existing.version} vor.`, 'document');
      if (existing.status !== AdvisoryStatus.DRAFT)
        throw conflict(
          `Die Sicherheitswarnung ${existing.trackingId} ist veröffentlicht; ein Import ändert sie nicht. Bitte die neue Version ${data.version} prüfen und mit publishAdvisory (changes) veröffentlichen.`,
          'document',
        );
      return this.updateFrom(manager, me, existing, data, ip);
    });
  }

  private fields(data: AdvisoryData) {
    return {
      version: data.version,
      // Always a draft: a person reviews and publishes (status INTERIM or FINAL then).
      status: AdvisoryStatus.DRAFT,
      severity: data.severity as AdvisorySeverity,
      title: data.title.slice(0, 300),
      summary: data.summary.slice(0, 4000),
      bodyMarkdown: data.bodyMarkdown,
      bodyHtml: renderMarkdown(data.bodyMarkdown),
      cves: data.cves.filter((c) => CVE_PATTERN.test(c)),
      cvssVector: data.cvssVector ?? null,
      cvssScore: data.cvssScore ?? null,
      products: data.products,
      referenceLinks: data.references,
      remediation: data.remediation ?? null,
      revisionHistory: data.revisionHistory,
      publisherName: data.publisherName.slice(0, 200),
      initialReleaseDate: dateOrNull(data.initialReleaseDate),
      currentReleaseDate: dateOrNull(data.currentReleaseDate),
      listedAt: new Date(),
    };
  }

  private async createFrom(
    manager: EntityManager,
    me: Principal,
    data: AdvisoryData,
    namespace: string,
    ip: string | null,
  ) {
    const repo = manager.getRepository(Advisory);
    const advisory = await repo.save(
      repo.create({
        ...this.fields(data),
        trackingId: data.trackingId,
        tlp: data.tlp as TlpLabel,
        publisherNamespace: namespace,
        authorId: me.memberId,
        authorOrganisationId: me.organisationId,
      }),
    );
    return this.afterImport(manager, me, advisory, data, false, ip);
  }

  private async updateFrom(
    manager: EntityManager,
    me: Principal,
    existing: Advisory,
    data: AdvisoryData,
    ip: string | null,
  ) {
    const tlp =
      tlpRank(data.tlp as TlpLabel) > tlpRank(existing.tlp) ? (data.tlp as TlpLabel) : existing.tlp;
    Object.assign(existing, this.fields(data), { tlp });
    const advisory = await manager.getRepository(Advisory).save(existing);
    return this.afterImport(manager, me, advisory, data, true, ip);
  }

  private async afterImport(
    manager: EntityManager,
    me: Principal,
    advisory: Advisory,
    data: AdvisoryData,
    update: boolean,
    ip: string | null,
  ): Promise<Advisory> {
    await this.audit.record(
      {
        actorId: me.memberId,
        action: update ? 'advisory.import_updated' : 'advisory.imported',
        targetType: 'advisory',
        targetId: advisory.id,
        ip,
        details: {
          trackingId: advisory.trackingId,
          version: advisory.version,
          tlp: advisory.tlp,
          documentStatus: data.status,
        },
      },
      manager,
    );
    return advisory;
  }

  /** CSAF export of an advisory the member may read (audited for AMBER and stricter). */
  async export(me: Principal, id: string, ip: string | null): Promise<Record<string, unknown>> {
    const advisory = await this.access.readable(me, id);
    await this.queries.auditRead(me, [advisory], 'advisory.csaf_export', ip);
    return this.toCsaf(advisory);
  }

  toCsaf(advisory: Advisory): Record<string, unknown> {
    return advisoryToCsaf(toAdvisoryData(advisory), {
      publisher: { name: advisory.publisherName, namespace: advisory.publisherNamespace },
    });
  }
}
