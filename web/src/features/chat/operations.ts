import { graphql } from '../../gql';

/** Messages per history page (the API allows up to 100). */
export const HISTORY_PAGE = 50;

export const ChatChannelsQuery = graphql(`
  query ChatChannels {
    me {
      id
    }
    channels {
      id
      kind
      name
      topic
      tlp
      archivedAt
      lastSeq
      unreadCount
      mentionCount
      members {
        memberId
        member {
          id
          displayName
        }
      }
    }
    publicChannels(first: 50) {
      id
      name
      topic
      myRole
    }
  }
`);

export const ChatChannelQuery = graphql(`
  query ChatChannel($id: ID!) {
    me {
      id
      displayName
    }
    channel(id: $id) {
      id
      kind
      name
      topic
      tlp
      archivedAt
      lastSeq
      lastChangeSeq
      lastReadSeq
      myRole
      members {
        memberId
        role
        member {
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
  }
`);

export const ChatHistoryQuery = graphql(`
  query ChatHistory($channelId: ID!, $before: Int, $first: Int!) {
    messages(channelId: $channelId, before: $before, first: $first) {
      hasMore
      nodes {
        id
        channelId
        seq
        changeSeq
        clientMessageId
        senderId
        body
        threadRootId
        editedAt
        deletedAt
        createdAt
        reactions {
          emoji
          count
          memberIds
        }
        sender {
          id
          displayName
          handle
        }
      }
    }
  }
`);

export const MarkChannelReadMutation = graphql(`
  mutation MarkChannelRead($channelId: ID!, $seq: Int!) {
    markChannelRead(channelId: $channelId, seq: $seq) {
      id
      lastReadSeq
      unreadCount
      mentionCount
    }
  }
`);

export const OpenDirectChannelMutation = graphql(`
  mutation OpenDirectChannel($memberIds: [ID!]!) {
    openDirectChannel(memberIds: $memberIds) {
      id
    }
  }
`);

export const JoinPublicChannelMutation = graphql(`
  mutation JoinPublicChannel($channelId: ID!) {
    joinPublicChannel(channelId: $channelId) {
      id
      myRole
    }
  }
`);

export const ChatMemberSearchQuery = graphql(`
  query ChatMemberSearch($search: String!) {
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
