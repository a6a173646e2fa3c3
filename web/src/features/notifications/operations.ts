import { graphql } from '../../gql';

export const UnreadCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationItemFragment = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    body
    targetType
    targetId
    createdAt
    readAt
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        ...NotificationItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
    unreadNotificationCount
  }
`);

export const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
