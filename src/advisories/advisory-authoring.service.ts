import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, forbidden } from '../common/errors/app-error';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import { AdvisoryAccessService } from './advisory-access.service';
import { contentChanges, nextVersion, PLATFORM_NAMESPACE, snapshotOf } from './advisory-content';
import { Advisory } from './advisory.entity';
import { AdvisorySeverity, AdvisoryStatus } from './advisory.enums';
import { AdvisoryNotifier } from './advisory-notifier';
import { AdvisoryRevision } from './advisory-revision.entity';
import type {
  AdvisoryContentInput,
  CreateAdvisoryInput,
  PublishAdvisoryInput,
} from './dto/advisory.inputs';

/** "0", "0.y.z" and pre-releases ("1.0.0-rc1") are never published as they are (CSAF 6.1.17/6.1.18). */
const PRE_RELEASE_VERSION = /^0(\.|$)|-/;

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof QueryFailedError &&
  (error as QueryFailedError & { code?: string }).code === '23505';

/** Advisories are written by CERT staff only; an ADMIN of another organisation is no author. */
export function assertCertMember(me: Principal): void {
  if (me.organisationKind !== OrganisationKind.CERT)
    throw forbidden('Nur Mitglieder eines CERT verfassen Sicherheitswarnungen.');
}

/** Drafting, editing and publishing (each publication a new version with a revision entry). */
@Injectable()
export class AdvisoryAuthoringService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AdvisoryAccessService,
    private readonly audit: AuditService,
    private readonly notifier: AdvisoryNotifier,
  ) {}

  async create(me: Principal, input: CreateAdvisoryInput, ip: string | null): Promise<Advisory> {
    assertCertMember(me);
    if (!input.title?.trim()) throw badInput('title', 'Der Titel fehlt.');
    const content = contentChanges(input);
    try {
      return await this.db.transaction(async (manager) => {
        const organisation = await manager
          .getRepository(Organisation)
          .findOneByOrFail({ id: me.organisationId });
        const trackingId = input.trackingId?.trim() || (await this.nextTrackingId(manager));
        const repo = manager.getRepository(Advisory);
        const advisory = await repo.save(
          repo.create({
            trackingId,
            version: '0',
            status: AdvisoryStatus.DRAFT,
            tlp: input.tlp,
            severity: AdvisorySeverity.MITTEL,
            summary: '',
            bodyMarkdown: '',
            bodyHtml: '',
            cves: [],
            cvssVector: null,
            cvssScore: null,
            products: [],
            referenceLinks: [],
            remediation: null,
            revisionHistory: [],
            ...content,
            publisherName: organisation.name,
            publisherNamespace: PLATFORM_NAMESPACE,
            authorId: me.memberId,
            authorOrganisationId: me.organisationId,
            initialReleaseDate: null,
            currentReleaseDate: null,
            listedAt: new Date(),
          }),
        );
        await this.audit.record(
          {
            actorId: me.memberId,
            action: 'advisory.created',
            targetType: 'advisory',
            targetId: advisory.id,
            ip,
            details: { trackingId, tlp: advisory.tlp },
          },
          manager,
        );
        return advisory;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('Diese Tracking-ID ist bereits vergeben.', 'trackingId');
      throw error;
    }
  }

  /** Content changes to a draft; a published advisory changes only with a new version (publish). */
  async update(
    me: Principal,
    id: string,
    input: AdvisoryContentInput,
    ip: string | null,
  ): Promise<Advisory> {
    const changes = contentChanges(input);
    return this.db.transaction(async (manager) => {
      const advisory = await this.access.manageable(me, id, manager);
      if (advisory.status !== AdvisoryStatus.DRAFT) {
        throw conflict(
          'Veröffentlichte Sicherheitswarnungen werden nur mit einer neuen Version geändert (publishAdvisory).',
        );
      }
      Object.assign(advisory, changes);
      const saved = await manager.getRepository(Advisory).save(advisory);
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'advisory.updated',
          targetType: 'advisory',
          targetId: id,
          ip,
          details: { fields: Object.keys(changes) },
        },
        manager,
      );
      return saved;
    });
  }

  async publish(
    me: Principal,
    id: string,
    input: PublishAdvisoryInput,
    ip: string | null,
  ): Promise<Advisory> {
    const changes = input.changes ? contentChanges(input.changes) : {};
    const { advisory, created } = await this.db.transaction(async (manager) => {
      const advisory = await this.access.manageable(me, id, manager);
      const update = advisory.status !== AdvisoryStatus.DRAFT;
      Object.assign(advisory, changes);
      const now = new Date();
      // An imported draft (CSAF import) carries the source document's version and history: its
      // first publication here publishes that version instead of counting past it.
      const importedVersion =
        !update &&
        !PRE_RELEASE_VERSION.test(advisory.version) &&
        advisory.revisionHistory.some((r) => r.number === advisory.version) &&
        !(await manager.getRepository(AdvisoryRevision).existsBy({ advisoryId: advisory.id }));
      if (!importedVersion) {
        advisory.version = nextVersion(advisory.version);
        advisory.revisionHistory = [
          ...advisory.revisionHistory,
          {
            number: advisory.version,
            date: now.toISOString(),
            summary: input.changeSummary.trim(),
          },
        ];
      }
      advisory.status = input.status;
      advisory.initialReleaseDate ??= now;
      advisory.currentReleaseDate = now;
      advisory.listedAt = now;
      const saved = await manager.getRepository(Advisory).save(advisory);
      await this.recordVersion(manager, saved, me, input.changeSummary.trim());
      await this.audit.record(
        {
          actorId: me.memberId,
          action: 'advisory.published',
          targetType: 'advisory',
          targetId: id,
          ip,
          details: { version: saved.version, status: saved.status, tlp: saved.tlp },
        },
        manager,
      );
      const created = await this.notifier.notifyReaders(
        manager,
        saved,
        this.notifier.titleFor(saved, update),
        { actorId: me.memberId },
      );
      return { advisory: saved, created };
    });
    this.notifier.publish(created);
    return advisory;
  }

  /** The revision row of the advisory's current version. */
  async recordVersion(
    manager: EntityManager,
    a: Advisory,
    me: Principal,
    changeSummary: string,
  ): Promise<void> {
    await manager.getRepository(AdvisoryRevision).insert({
      advisoryId: a.id,
      version: a.version,
      status: a.status,
      tlp: a.tlp,
      changeSummary: changeSummary.slice(0, 1000),
      snapshot: snapshotOf(a) as never,
      publishedById: me.memberId,
    });
  }

  /** SN-<year>-<n>, counting up within the year; the unique index settles races (CONFLICT). */
  private async nextTrackingId(manager: EntityManager): Promise<string> {
    const year = new Date().getUTCFullYear();
    const [row] = await manager.query<{ next: number }[]>(
      `SELECT COALESCE(MAX((substring(tracking_id from '^SN-\\d{4}-(\\d{1,9})$'))::int), 0) + 1 AS next FROM advisories WHERE tracking_id LIKE $1`,
      [`SN-${year}-%`],
    );
    return `SN-${year}-${String(row.next).padStart(4, '0')}`;
  }
}
