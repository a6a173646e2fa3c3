'use strict';
// The GraphQL operations the benchmarks send (what a client page would ask for).
const TOPIC_PAGE = `query TopicPage($id: ID!, $first: Int!) {
  forumTopic(id: $id) { id title postCount author { id displayName }
    posts(first: $first) { totalCount nodes { id postNumber html createdAt author { id displayName handle } reactions { kind count reactedByMe } } } } }`;

const TOPIC_LIST = `query TopicList($first: Int!, $after: String) {
  forumTopics(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id title lastPostAt postCount unreadCount author { id displayName } category { id name } } } }`;

// The web app's topic list (web/src/features/forums/operations.ts: ForumTopics with the
// ForumTopicItem fragment), the selection P8 measures; PAGE_SIZE in TopicList.tsx is 25.
const TOPIC_LIST_WEB = `query ForumTopics($categoryId: ID, $authorId: ID, $first: Int!, $after: String) {
  forumTopics(categoryId: $categoryId, authorId: $authorId, first: $first, after: $after) {
    nodes { id ...ForumTopicItem } pageInfo { hasNextPage endCursor } totalCount totalCountIsExact } }
fragment ForumTopicItem on ForumTopic { id title pinned locked postCount unreadCount lastPostAt createdAt
  author { id displayName } category { id name } }`;

const CHAT_HISTORY = `query History($channelId: ID!, $first: Int!) {
  messages(channelId: $channelId, first: $first) { hasMore nodes { id seq body createdAt sender { id displayName } reactions { emoji count } } } }`;

const SEARCH = `query Search($q: String!) {
  forumSearch(query: $q, first: 20) { totalCount nodes { topicId topicTitle headline rank post { id postNumber } } } }`;

module.exports = { TOPIC_PAGE, TOPIC_LIST, TOPIC_LIST_WEB, CHAT_HISTORY, SEARCH };
