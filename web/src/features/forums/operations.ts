import { graphql } from '../../gql';

export const ForumCategoryItemFragment = graphql(`
  fragment ForumCategoryItem on ForumCategory {
    id
    name
    description
    readKinds
    postKinds
    organisationIds
    topicCount
    unreadTopicCount
    watchLevel
    canPost
  }
`);

export const ForumTopicItemFragment = graphql(`
  fragment ForumTopicItem on ForumTopic {
    id
    title
    pinned
    locked
    postCount
    unreadCount
    lastPostAt
    createdAt
    author {
      id
      displayName
    }
    category {
      id
      name
    }
  }
`);

export const ForumOverviewQuery = graphql(`
  query ForumOverview($first: Int!) {
    forumCategories(first: $first) {
      nodes {
        id
        ...ForumCategoryItem
      }
    }
    me {
      id
      platformRole
    }
  }
`);

export const ForumTopicsQuery = graphql(`
  query ForumTopics($categoryId: ID, $authorId: ID, $first: Int!, $after: String) {
    forumTopics(categoryId: $categoryId, authorId: $authorId, first: $first, after: $after) {
      nodes {
        id
        ...ForumTopicItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      totalCountIsExact
    }
  }
`);

export const ForumCategoryQuery = graphql(`
  query ForumCategoryPage($id: ID!) {
    forumCategory(id: $id) {
      id
      ...ForumCategoryItem
    }
  }
`);

export const WatchCategoryMutation = graphql(`
  mutation WatchForumCategory($categoryId: ID!, $level: ForumWatchLevel!) {
    watchForumCategory(categoryId: $categoryId, level: $level) {
      id
      watchLevel
    }
  }
`);

export const ForumPostItemFragment = graphql(`
  fragment ForumPostItem on ForumPost {
    id
    postNumber
    html
    raw
    hidden
    createdAt
    editedAt
    topicId
    quotedPostId
    author {
      id
      displayName
      handle
      organisation {
        id
        name
      }
    }
    quotedPost {
      postId
      postNumber
      topicId
      excerpt
      author {
        id
        displayName
      }
    }
    reactions {
      kind
      count
      reactedByMe
    }
  }
`);

export const ForumTopicQuery = graphql(`
  query ForumTopicPage($id: ID!, $first: Int!, $after: String) {
    forumTopic(id: $id) {
      id
      title
      pinned
      locked
      watchLevel
      lastReadPostNumber
      unreadCount
      postCount
      categoryId
      category {
        id
        name
        canPost
        readKinds
        organisationIds
      }
      posts(first: $first, after: $after) {
        nodes {
          id
          ...ForumPostItem
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
    me {
      id
      platformRole
    }
  }
`);

export const MarkTopicReadMutation = graphql(`
  mutation MarkForumTopicRead($topicId: ID!, $postNumber: Int!) {
    markForumTopicRead(topicId: $topicId, postNumber: $postNumber) {
      id
      lastReadPostNumber
      unreadCount
    }
  }
`);

export const CreatePostMutation = graphql(`
  mutation CreateForumPost($input: CreateForumPostInput!) {
    createForumPost(input: $input) {
      id
      ...ForumPostItem
    }
  }
`);

export const CreateTopicMutation = graphql(`
  mutation CreateForumTopic($input: CreateForumTopicInput!) {
    createForumTopic(input: $input) {
      id
      title
    }
  }
`);

export const ReactMutation = graphql(`
  mutation ReactToForumPost($postId: ID!, $kind: ForumReactionKind!) {
    reactToForumPost(postId: $postId, kind: $kind) {
      id
      reactions {
        kind
        count
        reactedByMe
      }
    }
  }
`);

export const UnreactMutation = graphql(`
  mutation UnreactToForumPost($postId: ID!, $kind: ForumReactionKind!) {
    unreactToForumPost(postId: $postId, kind: $kind) {
      id
      reactions {
        kind
        count
        reactedByMe
      }
    }
  }
`);

export const WatchTopicMutation = graphql(`
  mutation WatchForumTopic($topicId: ID!, $level: ForumWatchLevel!) {
    watchForumTopic(topicId: $topicId, level: $level) {
      id
      watchLevel
    }
  }
`);

export const FlagPostMutation = graphql(`
  mutation FlagForumPost($input: FlagForumPostInput!) {
    flagForumPost(input: $input) {
      id
    }
  }
`);

export const HidePostMutation = graphql(`
  mutation HideForumPost($postId: ID!) {
    hideForumPost(postId: $postId) {
      id
      hidden
    }
  }
`);

export const UnhidePostMutation = graphql(`
  mutation UnhideForumPost($postId: ID!) {
    unhideForumPost(postId: $postId) {
      id
      hidden
    }
  }
`);

export const LockTopicMutation = graphql(`
  mutation LockForumTopic($topicId: ID!) {
    lockForumTopic(topicId: $topicId) {
      id
      locked
    }
  }
`);

export const UnlockTopicMutation = graphql(`
  mutation UnlockForumTopic($topicId: ID!) {
    unlockForumTopic(topicId: $topicId) {
      id
      locked
    }
  }
`);

export const PinTopicMutation = graphql(`
  mutation PinForumTopic($topicId: ID!) {
    pinForumTopic(topicId: $topicId) {
      id
      pinned
    }
  }
`);

export const UnpinTopicMutation = graphql(`
  mutation UnpinForumTopic($topicId: ID!) {
    unpinForumTopic(topicId: $topicId) {
      id
      pinned
    }
  }
`);

export const MoveTopicMutation = graphql(`
  mutation MoveForumTopic($topicId: ID!, $categoryId: ID!, $allowWiderAudience: Boolean!) {
    moveForumTopic(
      topicId: $topicId
      categoryId: $categoryId
      allowWiderAudience: $allowWiderAudience
    ) {
      id
      categoryId
      category {
        id
        name
        canPost
        readKinds
        organisationIds
      }
    }
  }
`);

export const DismissFlagsMutation = graphql(`
  mutation DismissForumFlags($postId: ID!) {
    dismissForumFlags(postId: $postId)
  }
`);

export const FlagQueueQuery = graphql(`
  query ForumFlagQueue($first: Int!, $after: String) {
    forumFlagQueue(first: $first, after: $after) {
      nodes {
        id
        reason
        note
        createdAt
        postId
        reporter {
          id
          displayName
        }
        post {
          id
          topicId
          postNumber
          hidden
          html
          author {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const ForumPostLocateQuery = graphql(`
  query ForumPostLocate($id: ID!) {
    forumPost(id: $id) {
      id
      topicId
      postNumber
    }
  }
`);

export const ForumSearchQuery = graphql(`
  query ForumSearch(
    $query: String!
    $categoryId: ID
    $from: DateTime
    $to: DateTime
    $after: String
  ) {
    forumSearch(
      query: $query
      categoryId: $categoryId
      from: $from
      to: $to
      first: 20
      after: $after
    ) {
      nodes {
        topicId
        topicTitle
        categoryId
        headline
        post {
          id
          postNumber
          createdAt
          author {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      totalCountIsExact
    }
  }
`);

export const MentionCandidatesQuery = graphql(`
  query MentionCandidates($search: String!) {
    members(search: $search, first: 8) {
      nodes {
        id
        displayName
        handle
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const UnreadTopicsCardQuery = graphql(`
  query ForumUnreadTopicsCard($categories: Int!, $topics: Int!) {
    forumCategories(first: $categories) {
      nodes {
        id
        name
        watchLevel
        unreadTopicCount
      }
    }
    forumTopics(first: $topics) {
      nodes {
        id
        ...ForumTopicItem
      }
    }
  }
`);

/**
 * Page sizes are variables, not literals: the server's cost limit (graphql-armor) multiplies a
 * literal `first` into the cost, and a topic page with 30 literal posts is over its limit.
 */
export const PAGE_SIZES = { categories: 100, posts: 30, flags: 25, cardTopics: 30 } as const;
