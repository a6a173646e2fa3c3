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

@ObjectType('Notification', {
  description:
    'An in-app notification of the caller (also pushed over the socket as `notification`). Only its recipient reads it.',
})
export class NotificationType {
  @Field(() => ID, { description: 'Notification id (UUID).' })
  id: string;

  @Field({
    description:
      'What happened: MENTION, NEW_POST, CHANNEL_INVITATION, INCIDENT_INVITATION or ADVISORY (more kinds may come; treat unknown ones generically).',
  })
  kind: string;

  @Field({ description: 'Short text to show (German).' })
  title: string;

  @Field(() => String, {
    description:
      'Longer text or excerpt (German); null when none. Never contains content above what the recipient may read.',
    nullable: true,
  })
  body: string | null;

  @Field({
    description:
      'Kind of object it points to: forum_post, chat_message, channel, incident or advisory.',
  })
  targetType: string;

  @Field({ description: 'Id of that object (access is checked again when it is opened).' })
  targetId: string;

  @Field({ description: 'When it was created (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field(() => Date, {
    description: 'When it was marked read (ISO 8601 date-time, UTC); null while unread.',
    nullable: true,
  })
  readAt: Date | null;
}

export const NotificationConnection = ConnectionType(NotificationType, 'NotificationConnection');

@ArgsType()
class MyNotificationsArgs extends PageArgs {
  @Field({ description: 'Only unread notifications.', defaultValue: false })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@ArgsType()
class MarkReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description:
      "Ids (UUIDs) of the caller's notifications to mark read; omit to mark all as read.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'ids: keine gültige ID' })
  ids?: string[] | null;
}

/** Every query here is scoped to the caller's own notifications. */
@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description:
      "The caller's notifications, newest first. Any active member, own notifications only.",
  })
  @Allow.members('own notifications only')
  myNotifications(@Args() args: MyNotificationsArgs, @CurrentPrincipal() me: Principal) {
    return this.notifications.listFor(me.memberId, args.first, args.after, args.unreadOnly);
  }

  @Query(() => Int, {
    description: "How many of the caller's notifications are unread. Any active member.",
  })
  @Allow.members('own notifications only')
  unreadNotificationCount(@CurrentPrincipal() me: Principal): Promise<number> {
    return this.notifications.unreadCount(me.memberId);
  }

  @Mutation(() => Int, {
    description:
      "Marks the caller's notifications read; returns how many changed (ids of others are ignored). Any active member. Errors: BAD_USER_INPUT (an id is not a UUID).",
  })
  @Allow.members('own notifications only')
  markNotificationsRead(
    @Args() args: MarkReadArgs,
    @CurrentPrincipal() me: Principal,
  ): Promise<number> {
    return this.notifications.markRead(me.memberId, args.ids ?? null);
  }
}
