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

@ObjectType('ForumCategory', {
  description:
    'A forum category with its audience. Readable by the members its readKinds and sharing group allow; MODERATORs and ADMINs read all.',
})
export class ForumCategoryType {
  @Field(() => ID, { description: 'Category id (UUID).' })
  id: string;

  @Field({ description: 'Category name (unique).' })
  name: string;

  @Field({ description: 'What the category is for (plain text, may be empty).' })
  description: string;

  @Field(() => [OrganisationKind], { description: 'Participant kinds that may read the category.' })
  readKinds: OrganisationKind[];

  @Field(() => [OrganisationKind], {
    description: 'Participant kinds that may start topics and reply.',
  })
  postKinds: OrganisationKind[];

  @Field(() => [ID], {
    description:
      'Sharing group (organisation ids): when not empty, only these organisations take part.',
  })
  organisationIds: string[];

  @Field(() => Int, { description: 'Sort position in the category list (ascending).' })
  position: number;

  @Field({ description: 'Whether the caller may start topics and reply here.' })
  canPost: boolean;

  // topicCount, unreadTopicCount and watchLevel are field resolvers (CategoriesResolver): they are
  // computed per request only when selected, in one batch for all categories of the response.
}

@ObjectType('ForumTopic', {
  description: 'A forum topic: a title and its posts. Readable by whoever may read its category.',
})
export class ForumTopicType {
  @Field(() => ID, { description: 'Topic id (UUID).' })
  id: string;

  @Field(() => ID, { description: "Id of the topic's category." })
  categoryId: string;

  @Field({ description: 'Topic title (plain text, at most 200 characters).' })
  title: string;

  @Field({ description: 'Pinned topics come first in their category.' })
  pinned: boolean;

  @Field({ description: 'A locked topic takes no more replies.' })
  locked: boolean;

  @Field(() => Int, { description: 'Number of posts the caller can see.' })
  postCount: number;

  @Field(() => Int, { description: "Visible posts after the caller's last read post." })
  unreadCount: number;

  @Field(() => Int, {
    description: "The caller's read position: number of the last post read (0 when none).",
  })
  lastReadPostNumber: number;

  @Field({
    description:
      'When the latest post was written (ISO 8601 date-time, UTC); the latest-topics order.',
  })
  lastPostAt: Date;

  @Field({ description: 'When the topic was started (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  @Field(() => WatchLevel, {
    description:
      "The caller's notification level for this topic (its own, else the category's, else NORMAL).",
  })
  watchLevel: WatchLevel;

  authorId: string;
}

@ObjectType('ForumReactionSummary', {
  description: 'How many members gave one reaction kind to a post.',
})
export class ReactionSummaryType {
  @Field(() => ReactionKind, { description: 'The reaction kind.' })
  kind: ReactionKind;

  @Field(() => Int, { description: 'How many members reacted with this kind (at least 1).' })
  count: number;

  @Field({ description: 'Whether the caller is one of them.' })
  reactedByMe: boolean;
}

@ObjectType('ForumPost', {
  description:
    'A post in a forum topic. Readable by whoever may read the topic; hidden posts only by MODERATORs and ADMINs.',
})
export class ForumPostType {
  @Field(() => ID, { description: 'Post id (UUID).' })
  id: string;

  @Field(() => ID, { description: "Id of the post's topic." })
  topicId: string;

  @Field(() => Int, {
    description: 'Position in the topic, 1 for the first post; gaps where posts were deleted.',
  })
  postNumber: number;

  @Field({ description: 'The Markdown as written by the author.' })
  bodyMarkdown: string;

  @Field({
    description: 'Sanitised HTML rendered on the server from bodyMarkdown; safe to insert as HTML.',
  })
  bodyHtml: string;

  @Field({ description: 'The Markdown as written.', deprecationReason: 'Use bodyMarkdown.' })
  raw: string;

  @Field({ description: 'Rendered, sanitised HTML.', deprecationReason: 'Use bodyHtml.' })
  html: string;

  @Field(() => ID, {
    description: 'Id of the post of the same topic this replies to; null when none.',
    nullable: true,
  })
  replyToPostId: string | null;

  /**
   * The stored id of the quoted post, not a GraphQL field as such: `quotedPostId` is resolved from
   * it by PostsResolver and is null when the viewer may not read the quoted post.
   */
  quotedSourceId: string | null;

  @Field({ description: 'Hidden by a moderator (only staff see hidden posts).' })
  hidden: boolean;

  @Field(() => Date, {
    description: 'When the author last edited the post (ISO 8601 date-time, UTC); null when never.',
    nullable: true,
  })
  editedAt: Date | null;

  @Field({ description: 'When the post was written (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  authorId: string;
}

@ObjectType('ForumQuote', {
  description:
    'The quoted post as the viewer may see it now (the field is null when they may not).',
})
export class ForumQuoteType {
  @Field(() => ID, { description: 'Id of the quoted post.' })
  postId: string;

  @Field(() => ID, { description: "Id of the quoted post's topic (it may be another topic)." })
  topicId: string;

  @Field(() => Int, { description: 'Position of the quoted post in its topic.' })
  postNumber: number;

  @Field({ description: 'Plain-text excerpt of the quoted post, at most 300 characters.' })
  excerpt: string;

  authorId: string;
}

@ObjectType('ForumPostRevision', {
  description: 'An earlier version of an edited post; only for its author and MODERATORs/ADMINs.',
})
export class ForumPostRevisionType {
  @Field(() => Int, { description: 'Revision number, 1 for the original text.' })
  revision: number;

  @Field({ description: 'The Markdown of this earlier version, as written.' })
  bodyMarkdown: string;

  @Field({
    description: 'The Markdown of this earlier version.',
    deprecationReason: 'Use bodyMarkdown.',
  })
  raw: string;

  @Field({ description: 'When that version was written (ISO 8601 date-time, UTC).' })
  createdAt: Date;
}

@ObjectType('ForumSearchHit', {
  description:
    'One search result: a post the caller may read, with its topic and a highlighted excerpt.',
})
export class ForumSearchHitType {
  @Field(() => ForumPostType, { description: 'The matching post.' })
  post: ForumPostType;

  @Field(() => ID, { description: "Id of the post's topic." })
  topicId: string;

  @Field({ description: "Title of the post's topic." })
  topicTitle: string;

  @Field(() => ID, { description: "Id of the topic's category." })
  categoryId: string;

  @Field({ description: 'Escaped plain text with <mark> around matches; safe to insert as HTML.' })
  headline: string;

  @Field(() => Float, {
    description:
      'Relevance (PostgreSQL ts_rank, higher is better); only meaningful within one search.',
  })
  rank: number;
}

@ObjectType('ForumFlag', {
  description:
    "A member's report of a post to the moderators. MODERATORs and ADMINs read flags; the reporter gets theirs back from flagForumPost.",
})
export class ForumFlagType {
  @Field(() => ID, { description: 'Flag id (UUID).' })
  id: string;

  @Field(() => ID, { description: 'Id of the reported post.' })
  postId: string;

  @Field(() => FlagReason, { description: 'Why the post was reported.' })
  reason: FlagReason;

  @Field(() => String, {
    description: "The reporter's explanation; null when none.",
    nullable: true,
  })
  note: string | null;

  @Field(() => FlagStatus, { description: 'Open, resolved or dismissed.' })
  status: FlagStatus;

  @Field({ description: 'When the flag was raised (ISO 8601 date-time, UTC).' })
  createdAt: Date;

  reporterId: string;
}

export const ForumCategoryConnection = ConnectionType(ForumCategoryType, 'ForumCategoryConnection');
/**
 * The topic lists count up to this many topics (a product decision of issue 15: the exact count of
 * a list of 500k topics cost ~280 ms on every page; the web app shows "mehr als 1.000 Themen").
 */
export const TOPIC_COUNT_CAP = 1000;

export const ForumTopicConnection = ConnectionType(ForumTopicType, 'ForumTopicConnection', {
  countCap: TOPIC_COUNT_CAP,
});
export const ForumPostConnection = ConnectionType(ForumPostType, 'ForumPostConnection');
/**
 * How many hits a search counts and ranks at most (bench/README.md, P5 round 2): counting and
 * ranking read every hit's row, so a search for a frequent word would cost time linear in the data.
 */
export const SEARCH_HIT_LIMIT = 1000;

@ObjectType('ForumSearchConnection', {
  description: `A page of search hits (Relay connection spec; \`nodes\` is the short form of \`edges { node }\`). At most ${SEARCH_HIT_LIMIT.toLocaleString('en-US')} hits are counted and ranked: with more, \`totalCount\` is ${SEARCH_HIT_LIMIT} and \`totalCountIsExact\` false ("more than ${SEARCH_HIT_LIMIT.toLocaleString('en-US')}"), and the pages hold the best of the first ${SEARCH_HIT_LIMIT.toLocaleString('en-US')} readable hits in index (storage) order, roughly the oldest; narrow the search (more words, a category, an author, a time range) to reach the others.`,
})
export class ForumSearchConnection extends ConnectionType(
  ForumSearchHitType,
  'ForumSearchConnection',
  { isAbstract: true },
) {
  @Field(() => Int, {
    description: `How many readable hits the search has, counted up to ${SEARCH_HIT_LIMIT.toLocaleString('en-US')} (filters applied; hits the caller may not read are never counted). Above that it is ${SEARCH_HIT_LIMIT} and totalCountIsExact is false.`,
  })
  totalCount: number;

  @Field(() => Boolean, {
    description: `False when the search has more than ${SEARCH_HIT_LIMIT.toLocaleString('en-US')} readable hits: totalCount then means "more than ${SEARCH_HIT_LIMIT.toLocaleString('en-US')}", and only the first ${SEARCH_HIT_LIMIT.toLocaleString('en-US')} hits in index order were ranked.`,
  })
  totalCountIsExact: boolean;
}
export const ForumFlagConnection = ConnectionType(ForumFlagType, 'ForumFlagConnection');

export function toPostType(p: ForumPost): ForumPostType {
  return {
    id: p.id,
    topicId: p.topicId,
    postNumber: p.postNumber,
    bodyMarkdown: p.raw,
    bodyHtml: p.html,
    raw: p.raw,
    html: p.html,
    replyToPostId: p.replyToPostId,
    quotedSourceId: p.quotedPostId,
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
  return { revision: r.revision, bodyMarkdown: r.raw, raw: r.raw, createdAt: r.createdAt };
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
