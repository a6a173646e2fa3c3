import { registerEnumType } from '@nestjs/graphql';

export enum ReactionKind {
  LIKE = 'LIKE',
  THANKS = 'THANKS',
  AGREE = 'AGREE',
  IMPORTANT = 'IMPORTANT',
}
registerEnumType(ReactionKind, { name: 'ForumReactionKind' });

/** Notification levels as in Discourse. */
export enum WatchLevel {
  MUTED = 'MUTED',
  NORMAL = 'NORMAL',
  TRACKING = 'TRACKING',
  WATCHING = 'WATCHING',
}
registerEnumType(WatchLevel, { name: 'ForumWatchLevel' });

export enum FlagReason {
  SPAM = 'SPAM',
  INAPPROPRIATE = 'INAPPROPRIATE',
  OFF_TOPIC = 'OFF_TOPIC',
  ILLEGAL = 'ILLEGAL',
  OTHER = 'OTHER',
}
registerEnumType(FlagReason, { name: 'ForumFlagReason' });

export enum FlagStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(FlagStatus, { name: 'ForumFlagStatus' });
