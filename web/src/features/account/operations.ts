import { graphql } from '../../gql';

export const AccountQuery = graphql(`
  query Account {
    me {
      id
      displayName
      handle
      email
      phone
      position
      bio
      expertiseTags
      contactVisibility
      totpEnabled
      organisationRole
      platformRole
      organisation {
        id
        name
        kind
      }
    }
    mySessions {
      id
      createdAt
      lastUsedAt
      userAgent
      ip
      current
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      displayName
      phone
      position
      bio
      expertiseTags
      contactVisibility
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const RevokeMySessionMutation = graphql(`
  mutation RevokeMySession($sessionId: ID!) {
    revokeMySession(sessionId: $sessionId)
  }
`);
