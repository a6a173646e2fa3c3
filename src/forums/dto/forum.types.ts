import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/graphql/pagination';
import { OrganisationKind } from '../../organisations/organisation.enums';
import { FlagReason, FlagStatus, ReactionKind, WatchLevel } from '../forum.enums';
import type {
  ForumCategory,
  ForumFlag,
  ForumPost,
  ForumPostRevision,
  ForumTopic,
} from '../forum.entities';

@ObjectType('ForumCategory')
export class ForumCategoryType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [OrganisationKind])
  readKinds: OrganisationKind[];

  @Field(() => [OrganisationKind])
  postKinds: OrganisationKind[];

  @Field(() => [ID], {
    description: 'Sharing group: when not empty, only these organisations take part.',
  })
  organisationIds: string[];

  @Field(() => Int)
  position: number;

  @Field({ description: 'Whether the caller may start topics and reply here.' })
  canPost: boolean;

  // topicCount, unreadTopicCount and watchLevel are field resolvers (CategoriesResolver): they are
  // computed per request only when selected, in one batch for all categories of the response.
}

@ObjectType('ForumTopic')
export class ForumTopicType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  categoryId: string;

  @Field()
  title: string;

  @Field()
  pinned: boolean;

  @Field()
  locked: boolean;

  @Field(() => Int, { description: 'Posts the caller can see.' })
  postCount: number;

  @Field(() => Int, { description: "Visible posts after the caller's last read post." })
  unreadCount: number;

  @Field(() => Int)
  lastReadPostNumber: number;

  @Field()
  lastPostAt: Date;

  @Field()
  createdAt: Date;

  @Field(() => WatchLevel)
  watchLevel: WatchLevel;

  authorId: string;
}

@ObjectType('ForumReactionSummary')
export class ReactionSummaryType {
  @Field(() => ReactionKind)
  kind: ReactionKind;

  @Field(() => Int)
  count: number;

  @Field()
  reactedByMe: boolean;
}

@ObjectType('ForumPost')
export class ForumPostType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  topicId: string;

  @Field(() => Int)
  postNumber: number;

  @Field({ description: 'The Markdown as written.' })
  raw: string;

  @Field({ description: 'Rendered, sanitised HTML.' })
  html: string;

  @Field(() => ID, { nullable: true })
  replyToPostId: string | null;

  @Field(() => ID, { nullable: true })
  quotedPostId: string | null;

  @Field()
  hidden: boolean;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field()
  createdAt: Date;

  authorId: string;
}

@ObjectType('ForumQuote', {
  description: 'The quoted post as the viewer may see it now (null when they may not).',
})
export class ForumQuoteType {
  @Field(() => ID)
  postId: string;

  @Field(() => ID)
  topicId: string;

  @Field(() => Int)
  postNumber: number;

  @Field({ description: 'Plain-text excerpt, at most 300 characters.' })
  excerpt: string;

  authorId: string;
}

@ObjectType('ForumPostRevision')
export class ForumPostRevisionType {
  @Field(() => Int)
  revision: number;

  @Field()
  raw: string;

  @Field()
  createdAt: Date;
}

@ObjectType('ForumSearchHit')
export class ForumSearchHitType {
  @Field(() => ForumPostType)
  post: ForumPostType;

  @Field(() => ID)
  topicId: string;

  @Field()
  topicTitle: string;

  @Field(() => ID)
  categoryId: string;

  @Field({ description: 'Escaped plain text with <mark> around matches; safe to insert as HTML.' })
  headline: string;

  @Field(() => Float)
  rank: number;
}

@ObjectType('ForumFlag')
export class ForumFlagType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postId: string;

  @Field(() => FlagReason)
  reason: FlagReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => FlagStatus)
  status: FlagStatus;

  @Field()
  createdAt: Date;

  reporterId: string;
}

export const ForumCategoryConnection = ConnectionType(ForumCategoryType, 'ForumCategoryConnection');
export const ForumTopicConnection = ConnectionType(ForumTopicType, 'ForumTopicConnection');
export const ForumPostConnection = ConnectionType(ForumPostType, 'ForumPostConnection');
export const ForumSearchConnection = ConnectionType(ForumSearchHitType, 'ForumSearchConnection');
export const ForumFlagConnection = ConnectionType(ForumFlagType, 'ForumFlagConnection');

export function toPostType(p: ForumPost): ForumPostType {
  return {
    id: p.id,
    topicId: p.topicId,
    postNumber: p.postNumber,
    raw: p.raw,
    html: p.html,
    replyToPostId: p.replyToPostId,
    quotedPostId: p.quotedPostId,
    hidden: p.hiddenAt !== null,
    editedAt: p.editedAt,
    createdAt: p.createdAt,
    authorId: p.authorId,
  };
}

/** Per-viewer figures of a topic, computed in the list query. */
export interface TopicViewerStats {
  postCount: number;
  unreadCount: number;
  lastReadPostNumber: number;
  watchLevel: WatchLevel;
}

export function toTopicType(t: ForumTopic, s: TopicViewerStats): ForumTopicType {
  return {
    id: t.id,
    categoryId: t.categoryId,
    title: t.title,
    pinned: t.pinned,
    locked: t.lockedAt !== null,
    lastPostAt: t.lastPostAt,
    createdAt: t.createdAt,
    authorId: t.authorId,
    ...s,
  };
}

export function toCategoryType(
  c: ForumCategory,
  extra: Pick<ForumCategoryType, 'canPost'>,
): ForumCategoryType {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    readKinds: c.readKinds,
    postKinds: c.postKinds,
    organisationIds: c.organisationIds,
    position: c.position,
    ...extra,
  };
}

export function toRevisionType(r: ForumPostRevision): ForumPostRevisionType {
  return { revision: r.revision, raw: r.raw, createdAt: r.createdAt };
}

export function toFlagType(f: ForumFlag): ForumFlagType {
  return {
    id: f.id,
    postId: f.postId,
    reason: f.reason,
    note: f.note,
    status: f.status,
    createdAt: f.createdAt,
    reporterId: f.reporterId,
  };
}
