import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/access/authenticated-member';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Allow } from '../../common/access/policy.decorator';
import { mapConnection, PageArgs } from '../../common/graphql/pagination';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { Member } from '../../members/member.entity';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { LessonsLearnedService } from './lessons-learned.service';
import { LessonsLearned } from './response.entities';
import {
  ClearForSharingInput,
  LessonsLearnedConnection,
  LessonsLearnedInput,
  LessonsLearnedType,
  ReviewLessonsLearnedInput,
  SituationReportType,
} from './response.types';
import { SituationReportService } from './situation-report.service';

const PARTICIPANTS = 'participants of the incident and the CERT duty roster; NOT_FOUND otherwise';

@Resolver(() => SituationReportType)
export class ReportResolver {
  constructor(
    private readonly reports: SituationReportService,
    private readonly lessons: LessonsLearnedService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Query(() => SituationReportType, {
    description:
      'The situation report (Lagebericht) of an incident as Markdown, generated now; carries the incident label. Participants and the CERT duty roster; NOT_FOUND otherwise. Audited.',
  })
  @Allow.members(PARTICIPANTS)
  situationReport(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.reports.report(me, incidentId);
  }

  @Mutation(() => SituationReportType, {
    description:
      'The review step before sharing: the CERT duty roster clears a summary for sharing. Only for TLP:CLEAR or GREEN incidents (FORBIDDEN otherwise); NOT_FOUND for non-participants, FORBIDDEN for participants not on duty.',
  })
  @Allow.members('CERT duty roster on a readable incident')
  clearSituationReportForSharing(
    @Args('input', { description: 'Incident and cleared summary.' }) input: ClearForSharingInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.reports.clear(me, input.incidentId, input.summary);
  }

  @Query(() => String, {
    description:
      'The cleared part of the situation report as a CSAF 2.0 csaf_security_incident_response document (JSON text), checked by the same validator as advisory imports. Participants and duty; NOT_FOUND otherwise; FORBIDDEN for TLP:AMBER/RED or without a clearance. Audited.',
  })
  @Allow.members(PARTICIPANTS + '; label CLEAR or GREEN and a clearance')
  async incidentCsaf(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return JSON.stringify(await this.reports.exportCsaf(me, incidentId), null, 2);
  }

  private async typed(rows: LessonsLearned[]): Promise<LessonsLearnedType[]> {
    const authors = await this.db.getRepository(Member).find({
      where: { id: In([...new Set(rows.map((r) => r.authorId))]) },
      select: { id: true, displayName: true },
    });
    const names = new Map(authors.map((a) => [a.id, a.displayName]));
    return Promise.all(
      rows.map(async (l) => ({
        id: l.id,
        incidentId: l.incidentId,
        authorId: l.authorId,
        authorName: names.get(l.authorId) ?? '',
        categoryId: l.categoryId,
        title: l.title,
        bodyMarkdown: l.bodyMarkdown,
        pseudonymised: l.pseudonymised,
        publishedMarkdown: await this.lessons.publishedMarkdown(l),
        status: l.status,
        reviewNote: l.reviewNote,
        topicId: l.topicId,
        publishedAt: l.publishedAt,
        updatedAt: l.updatedAt,
      })),
    );
  }

  private async one(l: LessonsLearned) {
    return (await this.typed([l]))[0];
  }

  @Query(() => LessonsLearnedConnection, {
    description:
      'Lessons-learned posts of an incident (drafts included). Participants and duty; NOT_FOUND otherwise.',
  })
  @Allow.members(PARTICIPANTS)
  async lessonsLearned(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @Args() page: PageArgs,
    @CurrentPrincipal() me: Principal,
  ) {
    const conn = await this.lessons.list(me, incidentId, page.first, page.after);
    const typed = await this.typed(conn.nodes);
    const byId = new Map(typed.map((t) => [t.id, t]));
    return mapConnection(conn, (n) => byId.get(n.id)!);
  }

  @Mutation(() => LessonsLearnedType, {
    description:
      'Drafts a lessons-learned post for a closed incident. Participants and duty; NOT_FOUND otherwise; CONFLICT while the incident is not closed.',
  })
  @Allow.members(PARTICIPANTS)
  async draftLessonsLearned(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @Args('input', { description: 'The draft.' }) input: LessonsLearnedInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.lessons.draft(me, incidentId, input));
  }

  @Mutation(() => LessonsLearnedType, {
    description: 'Changes an own draft. The author only; NOT_FOUND for non-participants.',
  })
  @Allow.members('the author, while a participant; NOT_FOUND otherwise')
  async updateLessonsLearned(
    @Args('id', { type: () => ID, description: 'Id (UUID).' }, new UuidPipe('id')) id: string,
    @Args('input', { description: 'The draft.' }) input: LessonsLearnedInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.lessons.update(me, id, input));
  }

  @Mutation(() => LessonsLearnedType, {
    description: 'Submits an own draft for review by the CERT duty roster (notified).',
  })
  @Allow.members('the author, while a participant; NOT_FOUND otherwise')
  async submitLessonsLearned(
    @Args('id', { type: () => ID, description: 'Id (UUID).' }, new UuidPipe('id')) id: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.lessons.submit(me, id));
  }

  @Mutation(() => LessonsLearnedType, {
    description:
      'Reviews a submitted post: approve publishes it as a forum topic of the author (pseudonymised on request); otherwise it goes back with a note. CERT duty roster only.',
  })
  @Allow.members('CERT duty roster on a readable incident')
  async reviewLessonsLearned(
    @Args('input', { description: 'The review.' }) input: ReviewLessonsLearnedInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.lessons.review(me, input.id, input.approve, input.note ?? null));
  }
}
