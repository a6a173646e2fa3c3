import { graphql } from '../../gql';

export const MemberListItemFragment = graphql(`
  fragment MemberListItem on Member {
    id
    displayName
    handle
    position
    expertiseTags
    organisation {
      id
      name
      kind
    }
  }
`);

export const MemberDirectoryQuery = graphql(`
  query MemberDirectory(
    $search: String
    $organisationKind: OrganisationKind
    $organisationId: ID
    $first: Int!
    $after: String
  ) {
    members(
      search: $search
      organisationKind: $organisationKind
      organisationId: $organisationId
      first: $first
      after: $after
    ) {
      nodes {
        id
        ...MemberListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const MemberProfileQuery = graphql(`
  query MemberProfile($id: ID!) {
    member(id: $id) {
      id
      displayName
      handle
      position
      bio
      expertiseTags
      email
      phone
      organisationRole
      platformRole
      status
      createdAt
      organisation {
        id
        name
        kind
      }
    }
    me {
      id
    }
  }
`);
