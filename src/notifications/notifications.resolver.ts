import {
  Args,
  ArgsType,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import type { Principal } from '../common/access/authenticated-member';
import { CurrentPrincipal } from '../common/access/current-principal.decorator';
import { Allow } from '../common/access/policy.decorator';
import { ConnectionType, PageArgs } from '../common/graphql/pagination';
import { NotificationsService } from './notifications.service';

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field()
  targetType: string;

  @Field()
  targetId: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

export const NotificationConnection = ConnectionType(NotificationType, 'NotificationConnection');

@ArgsType()
class MyNotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Omit to mark all as read.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'ids: keine gültige ID' })
  ids?: string[] | null;
}

/** Every query here is scoped to the caller's own notifications. */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'The caller’s notifications, newest first.' })
  @Allow.members('own notifications only')
  myNotifications(@Args() args: MyNotificationsArgs, @CurrentPrincipal() me: Principal) {
    return this.notifications.listFor(me.memberId, args.first, args.after, args.unreadOnly);
  }

  @Query(() => Int)
  @Allow.members('own notifications only')
  unreadNotificationCount(@CurrentPrincipal() me: Principal): Promise<number> {
    return this.notifications.unreadCount(me.memberId);
  }

  @Mutation(() => Int, { description: 'Returns how many were marked.' })
  @Allow.members('own notifications only')
  markNotificationsRead(
    @Args() args: MarkReadArgs,
    @CurrentPrincipal() me: Principal,
  ): Promise<number> {
    return this.notifications.markRead(me.memberId, args.ids ?? null);
  }
}
