import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { TlpLabel } from '../advisories/advisory.enums';
import type { Principal } from '../common/access/authenticated-member';
import { clientInfoOf } from '../common/access/client-info';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { badInput } from '../common/errors/app-error';
import { decodeCursor, mapConnection, PageArgs, toConnection } from '../common/graphql/pagination';
import { UuidPipe } from '../common/graphql/uuid.pipe';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { OrganisationLoader } from '../organisations/organisation.loader';
import { OrganisationType } from '../organisations/organisation.type';
import { IncidentParticipant } from './incident-participant.entity';
import {
  AddIncidentTimelineEntryInput,
  AnswerIncidentSituationInput,
  IncidentsArgs,
  ReportIncidentInput,
  UpdateIncidentInput,
} from './dto/incident.inputs';
import {
  IncidentAffectedOrganisationConnection,
  IncidentAffectedOrganisationType,
  IncidentAnswerSummary,
  IncidentConnection,
  IncidentParticipantConnection,
  IncidentParticipantType,
  IncidentTimelineEntryConnection,
  IncidentTimelineEntryType,
  IncidentType,
  toAffectedType,
  toIncidentType,
  toParticipantType,
  toTimelineEntryType,
} from './dto/incident.types';
import { IncidentAccess } from './incident-access.service';
import { IncidentAffectedService } from './incident-affected.service';
import { IncidentTimeline } from './incident-timeline.service';
import { IncidentStatus } from './incident.enums';
import { IncidentsService } from './incidents.service';
import { DataSource } from 'typeorm';

const ip = (ctx: GraphqlContext) => clientInfoOf(ctx.req).ip;
const idArg = (name = 'id', what = 'Incident id (UUID).') =>
  Args(name, { description: what, type: () => ID }, new UuidPipe(name));

@Resolver(() => IncidentType)
export class IncidentsResolver {
  constructor(
    private readonly service: IncidentsService,
    private readonly affected: IncidentAffectedService,
    private readonly timelines: IncidentTimeline,
    private readonly access: IncidentAccess,
    private readonly memberLoader: MemberLoader,
    private readonly organisationLoader: OrganisationLoader,
    private readonly db: DataSource,
  ) {}

  @Mutation(() => IncidentType, {
    description:
      "Reports an incident of the caller's organisation: opens its room (TLP:RED by default) with the participants (the reporting organisation, for an IT provider every municipality the register says it serves, the CERT duty roster and, with consent, the IT providers' staff); each is notified. Any active member, for their own organisation. Errors: BAD_USER_INPUT naming the field.",
  })
  @Allow.members('for the caller’s own organisation')
  async reportIncident(
    @Args('input', { description: 'Kind, severity, label, title, description and consent.' })
    input: ReportIncidentInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toIncidentType(await this.service.report(me, input, ip(ctx)));
  }

  @Query(() => IncidentType, {
    description:
      'One incident by id. Its participants and the CERT duty roster only. Errors: NOT_FOUND (also when the caller may not read it).',
  })
  @Allow.members('participants and the CERT duty roster; NOT_FOUND otherwise')
  async incident(@idArg() id: string, @CurrentPrincipal() me: Principal) {
    return toIncidentType(await this.service.get(me, id));
  }

  @Query(() => IncidentConnection, {
    description:
      'Incidents the caller may read (participant or CERT duty roster), newest first; totalCount counts the same. Errors: BAD_USER_INPUT (filter, cursor).',
  })
  @Allow.members('only incidents the caller may read; counts likewise')
  async incidents(@Args() args: IncidentsArgs, @CurrentPrincipal() me: Principal) {
    return mapConnection(
      await this.service.list(me, args.filter ?? {}, args.first, args.after),
      toIncidentType,
    );
  }

  @Mutation(() => IncidentType, {
    description:
      'Moves the incident through its lifecycle (reopening a CLOSED one too); writes a timeline entry and notifies the participants. The reporting organisation and the CERT duty roster. Errors: NOT_FOUND, FORBIDDEN (other participants), CONFLICT (already in that status).',
  })
  @Allow.members('readers; then reporting organisation or CERT duty roster (FORBIDDEN)')
  async updateIncidentStatus(
    @idArg() id: string,
    @Args('status', { type: () => IncidentStatus, description: 'The new status.' })
    status: IncidentStatus,
    @Args('note', {
      type: () => String,
      nullable: true,
      description: 'Optional note for the timeline, at most 2000 characters.',
    })
    note: string | null,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > 2000) throw badInput('note', 'höchstens 2000 Zeichen');
    return toIncidentType(await this.service.updateStatus(me, id, status, trimmed, ip(ctx)));
  }

  @Mutation(() => IncidentType, {
    description:
      'Changes kind, severity, title or description; recorded on the timeline. The reporting organisation and the CERT duty roster. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  @Allow.members('readers; then reporting organisation or CERT duty roster (FORBIDDEN)')
  async updateIncident(
    @idArg() id: string,
    @Args('input', { description: 'What changes.' }) input: UpdateIncidentInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toIncidentType(await this.service.update(me, id, input, ip(ctx)));
  }

  @Mutation(() => IncidentType, {
    description:
      'Changes the TLP label; lowering needs a reason. Recorded on the timeline and in the audit log. The reporting organisation and the CERT duty roster. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (reason), CONFLICT (same label).',
  })
  @Allow.members('readers; then reporting organisation or CERT duty roster (FORBIDDEN)')
  async changeIncidentTlp(
    @idArg() id: string,
    @Args('tlp', { type: () => TlpLabel, description: 'The new label.' }) tlp: TlpLabel,
    @Args('reason', {
      type: () => String,
      nullable: true,
      description: 'Why; required (3 to 1000 characters) when lowering.',
    })
    reason: string | null,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const trimmed = reason?.trim().slice(0, 1000) || null;
    return toIncidentType(await this.service.changeTlp(me, id, tlp, trimmed, ip(ctx)));
  }

  @Mutation(() => IncidentAffectedOrganisationType, {
    description:
      'Lists another organisation as affected; its members become participants and are notified. The reporting organisation and the CERT duty roster. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (organisationId), CONFLICT (already listed).',
  })
  @Allow.members('readers; then reporting organisation or CERT duty roster (FORBIDDEN)')
  async addIncidentAffectedOrganisation(
    @idArg() id: string,
    @idArg('organisationId', 'The organisation (UUID).') organisationId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const row = await this.affected.add(me, id, organisationId, ip(ctx));
    return toAffectedType((await this.affected.one(id, row.organisationId))!);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes an affected organisation (not the reporting one); its members stop taking part and leave the room. The reporting organisation and the CERT duty roster. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  @Allow.members('readers; then reporting organisation or CERT duty roster (FORBIDDEN)')
  removeIncidentAffectedOrganisation(
    @idArg() id: string,
    @idArg('organisationId', 'The organisation (UUID).') organisationId: string,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return this.affected.remove(me, id, organisationId, ip(ctx));
  }

  @Mutation(() => IncidentAffectedOrganisationType, {
    description:
      "States the situation of the caller's organisation (betroffen / nicht betroffen / unklar, with a note), like an advisory acknowledgement; recorded on the timeline. Any member of an affected organisation. Errors: NOT_FOUND, FORBIDDEN (organisation not affected), BAD_USER_INPUT.",
  })
  @Allow.members('readers whose organisation is affected (FORBIDDEN otherwise)')
  async answerIncidentSituation(
    @idArg() id: string,
    @Args('input', { description: 'The statement.' }) input: AnswerIncidentSituationInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    const row = await this.affected.answer(me, id, input, ip(ctx));
    return toAffectedType((await this.affected.one(id, row.organisationId))!);
  }

  @Mutation(() => IncidentTimelineEntryType, {
    description:
      'Adds an entry to the timeline (observation, measure, decision, contact, reporting obligation, or a correction naming the corrected entry). Any reader of the incident. Errors: NOT_FOUND, BAD_USER_INPUT (type, text, refersToId).',
  })
  @Allow.members('participants and the CERT duty roster; NOT_FOUND otherwise')
  async addIncidentTimelineEntry(
    @idArg() id: string,
    @Args('input', { description: 'The entry.' }) input: AddIncidentTimelineEntryInput,
    @CurrentPrincipal() me: Principal,
    @Context() ctx: GraphqlContext,
  ) {
    return toTimelineEntryType(await this.timelines.add(me, id, input, ip(ctx)));
  }

  @ResolveField(() => IncidentTimelineEntryConnection, {
    description: 'The timeline, oldest first. Same readers as the incident.',
  })
  @Allow.members('parent incident already checked')
  async timeline(@Parent() i: IncidentType, @Args() page: PageArgs) {
    return mapConnection(
      await this.timelines.list(i.id, page.first, page.after),
      toTimelineEntryType,
    );
  }

  @ResolveField(() => IncidentAffectedOrganisationConnection, {
    description:
      'Affected organisations with their answers, by name. Same readers as the incident.',
  })
  @Allow.members('parent incident already checked')
  async affectedOrganisations(@Parent() i: IncidentType, @Args() page: PageArgs) {
    return mapConnection(await this.affected.list(i.id, page.first, page.after), toAffectedType);
  }

  @ResolveField(() => IncidentAnswerSummary, {
    description: 'How many affected organisations have answered. Same readers as the incident.',
  })
  @Allow.members('parent incident already checked')
  async answerSummary(@Parent() i: IncidentType): Promise<IncidentAnswerSummary> {
    const [row] = await this.db.query<Array<Record<string, string>>>(
      `SELECT count(*) AS affected, count(situation) AS answered,
              count(*) FILTER (WHERE situation = 'AFFECTED') AS confirmed
         FROM incident_affected_organisations WHERE incident_id = $1`,
      [i.id],
    );
    return {
      affected: Number(row.affected),
      answered: Number(row.answered),
      affectedConfirmed: Number(row.confirmed),
    };
  }

  @ResolveField(() => IncidentAffectedOrganisationType, {
    nullable: true,
    description: "The caller's own organisation's entry; null when it is not affected.",
  })
  @Allow.members('parent incident already checked')
  async myAffectedOrganisation(@Parent() i: IncidentType, @CurrentPrincipal() me: Principal) {
    const mine = await this.affected.one(i.id, me.organisationId);
    return mine ? toAffectedType(mine) : null;
  }

  @ResolveField(() => IncidentParticipantConnection, {
    description: 'Who takes part, longest first. Same readers as the incident.',
  })
  @Allow.members('parent incident already checked')
  async participants(@Parent() i: IncidentType, @Args() page: PageArgs) {
    const qb = this.db
      .getRepository(IncidentParticipant)
      .createQueryBuilder('p')
      .where('p.incident_id = :id', { id: i.id });
    const totalCount = await qb.clone().getCount();
    if (page.after) {
      const [at, mid] = decodeCursor(page.after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(p.created_at, p.member_id) > (:at::timestamptz, :mid::uuid)', { at, mid });
    }
    const rows = await qb
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.member_id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    return mapConnection(
      toConnection(
        rows,
        page.first,
        totalCount,
        (r) => [r.createdAt.toISOString(), r.memberId],
        page.after,
      ),
      toParticipantType,
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the caller may change status, label, severity and affected organisations (reporting organisation or CERT duty roster).',
  })
  @Allow.members('parent incident already checked')
  canManage(@Parent() i: IncidentType, @CurrentPrincipal() me: Principal) {
    return me.organisationId === i.organisationId || this.access.isOnDuty(me);
  }

  @ResolveField(() => MemberType, {
    nullable: true,
    description:
      'The member who reported it; null if the account is gone. Same readers as the incident.',
  })
  @Allow.members('parent incident already checked')
  reporter(@Parent() i: IncidentType, @Context() ctx: GraphqlContext) {
    return this.memberLoader.load(ctx, i.reporterId);
  }

  @ResolveField(() => OrganisationType, {
    description: 'The reporting organisation. Same readers as the incident.',
  })
  @Allow.members('parent incident already checked')
  organisation(@Parent() i: IncidentType, @Context() ctx: GraphqlContext) {
    return this.organisationLoader.load(ctx, i.organisationId);
  }
}

@Resolver(() => IncidentParticipantType)
export class IncidentParticipantResolver {
  constructor(private readonly memberLoader: MemberLoader) {}

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'The member; null if the account is gone.',
  })
  @Allow.members('parent incident already checked')
  member(@Parent() p: IncidentParticipantType, @Context() ctx: GraphqlContext) {
    return this.memberLoader.load(ctx, p.memberId);
  }
}

@Resolver(() => IncidentTimelineEntryType)
export class IncidentTimelineEntryResolver {
  constructor(private readonly memberLoader: MemberLoader) {}

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'Who wrote it; null for the platform or a gone account.',
  })
  @Allow.members('parent incident already checked')
  actor(@Parent() e: IncidentTimelineEntryType, @Context() ctx: GraphqlContext) {
    return e.actorId ? this.memberLoader.load(ctx, e.actorId) : null;
  }
}

@Resolver(() => IncidentAffectedOrganisationType)
export class IncidentAffectedOrganisationResolver {
  constructor(private readonly memberLoader: MemberLoader) {}

  @ResolveField(() => MemberType, {
    nullable: true,
    description: 'Who answered last; null while unanswered.',
  })
  @Allow.members('parent incident already checked')
  answeredBy(@Parent() a: IncidentAffectedOrganisationType, @Context() ctx: GraphqlContext) {
    return a.answeredById ? this.memberLoader.load(ctx, a.answeredById) : null;
  }
}
