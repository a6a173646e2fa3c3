import {
  Args,
  ArgsType,
  Context,
  Field,
  GraphQLISODateTime,
  ID,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import GraphQLJSON from '../common/graphql/json.scalar';
import { Allow } from '../common/access/policy.decorator';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { ConnectionType, PageArgs } from '../common/graphql/pagination';
import { MemberLoader } from '../members/member.loader';
import { MemberType } from '../members/member.type';
import { AuditQueryService } from './audit-query.service';

@ObjectType('AuditEvent', {
  description:
    'An entry of the audit log (logins, failures, permission denials, admin actions, reads of AMBER and RED content). ADMINs only.',
})
export class AuditEventType {
  @Field(() => ID, { description: 'Entry number (ascending; a string of digits).' })
  id: string;

  @Field({ description: 'When it happened (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field(() => ID, {
    description: 'Id of the member who acted; null for anonymous or system actions.',
    nullable: true,
  })
  actorId: string | null;

  @Field({
    description: 'What happened, dotted, e.g. login.failed, advisory.read, member.disabled.',
  })
  action: string;

  @Field(() => String, {
    description:
      'Kind of object acted on, e.g. member, session, advisory, channel; null when none.',
    nullable: true,
  })
  targetType: string | null;

  @Field(() => String, { description: 'Id of that object; null when none.', nullable: true })
  targetId: string | null;

  @Field(() => String, { description: 'Client IP address; null when unknown.', nullable: true })
  ip: string | null;

  @Field(() => GraphQLJSON, {
    description: 'Further details as a JSON object (never passwords or tokens).',
  })
  details: Record<string, unknown>;
}

export const AuditEventConnection = ConnectionType(AuditEventType, 'AuditEventConnection');

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Exact action, or a prefix ending in "." (e.g. "login."), at most 64 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string | null;

  @Field(() => ID, { description: 'Only entries by this member (UUID).', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorId: keine gültige ID' })
  actorId?: string | null;

  @Field(() => String, { description: 'Only entries about this object id.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string | null;

  @Field(() => GraphQLISODateTime, {
    description: 'Only entries at or after this time (ISO 8601 date-time).',
    nullable: true,
  })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, {
    description: 'Only entries before this time (ISO 8601 date-time, exclusive).',
    nullable: true,
  })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@Resolver(() => AuditEventType)
export class AuditResolver {
  constructor(
    private readonly audit: AuditQueryService,
    private readonly members: MemberLoader,
  ) {}

  @Query(() => AuditEventConnection, { description: 'The audit log, newest first. ADMINs only.' })
  @Allow.admins()
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.audit.list(args);
  }

  @ResolveField(() => MemberType, {
    description:
      'The member who acted (to show a name instead of an id); null for anonymous or system actions or a deleted account. ADMINs only.',
    nullable: true,
  })
  @Allow.admins()
  actor(@Parent() event: AuditEventType, @Context() ctx: GraphqlContext) {
    return event.actorId ? this.members.load(ctx, event.actorId) : null;
  }
}
