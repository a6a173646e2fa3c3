import { registerEnumType } from '@nestjs/graphql';

export enum ReactionKind {
  LIKE = 'LIKE',
  THANKS = 'THANKS',
  AGREE = 'AGREE',
  IMPORTANT = 'IMPORTANT',
}
registerEnumType(ReactionKind, {
  name: 'ForumReactionKind',
  description:
    'The reactions a member can give to a forum post (one of each kind per member and post).',
  valuesMap: {
    LIKE: { description: 'Likes the post.' },
    THANKS: { description: 'Thanks the author.' },
    AGREE: { description: 'Agrees with the post.' },
    IMPORTANT: { description: 'Marks the post as important.' },
  },
});

/** Notification levels as in Discourse. */
export enum WatchLevel {
  MUTED = 'MUTED',
  NORMAL = 'NORMAL',
  TRACKING = 'TRACKING',
  WATCHING = 'WATCHING',
}
registerEnumType(WatchLevel, {
  name: 'ForumWatchLevel',
  description:
    "How much a member hears about a forum category or topic (levels as in Discourse); a topic's own level overrides its category's.",
  valuesMap: {
    MUTED: { description: 'Nothing; the topics are left out of the latest-topics list.' },
    NORMAL: { description: 'Notified only when mentioned (the default).' },
    TRACKING: { description: 'Like NORMAL; clients show unread counts prominently.' },
    WATCHING: { description: 'A notification for every new post (plus mentions).' },
  },
});

export enum FlagReason {
  SPAM = 'SPAM',
  INAPPROPRIATE = 'INAPPROPRIATE',
  OFF_TOPIC = 'OFF_TOPIC',
  ILLEGAL = 'ILLEGAL',
  OTHER = 'OTHER',
}
registerEnumType(FlagReason, {
  name: 'ForumFlagReason',
  description: 'Why a member reports a forum post to the moderators.',
  valuesMap: {
    SPAM: { description: 'Advertising or other spam.' },
    INAPPROPRIATE: { description: 'Offensive or inappropriate content.' },
    OFF_TOPIC: { description: 'Does not belong in this topic or category.' },
    ILLEGAL: { description: 'Possibly unlawful content.' },
    OTHER: { description: 'Another reason, explained in the note.' },
  },
});

export enum FlagStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(FlagStatus, {
  name: 'ForumFlagStatus',
  description: 'State of a forum flag.',
  valuesMap: {
    OPEN: { description: 'Waiting for a moderator.' },
    RESOLVED: { description: 'A moderator acted on it (e.g. hid the post).' },
    DISMISSED: { description: 'A moderator closed it without action.' },
  },
});
