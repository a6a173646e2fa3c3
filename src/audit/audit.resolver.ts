import {
  Args,
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import GraphQLJSON from '../common/graphql/json.scalar';
import { Allow } from '../common/access/policy.decorator';
import { ConnectionType, PageArgs } from '../common/graphql/pagination';
import { AuditQueryService } from './audit-query.service';

@ObjectType('AuditEvent')
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => GraphQLJSON)
  details: Record<string, unknown>;
}

export const AuditEventConnection = ConnectionType(AuditEventType, 'AuditEventConnection');

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Exact action, or a prefix ending in "." (e.g. "login.").',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorId: keine gültige ID' })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@Resolver(() => AuditEventType)
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (ADMIN).' })
  @Allow.admins()
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.audit.list(args);
  }
}
