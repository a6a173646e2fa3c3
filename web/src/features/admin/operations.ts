import { graphql } from '../../gql';

/** Who is administering: decides which sections and actions the pages offer (the API decides again). */
export const AdminMeQuery = graphql(`
  query AdminMe {
    me {
      id
      platformRole
      organisationRole
      organisation {
        id
        name
        kind
      }
    }
  }
`);

export const AdminMemberRowFragment = graphql(`
  fragment AdminMemberRow on Member {
    id
    displayName
    email
    status
    organisationRole
    platformRole
    totpEnabled
    organisation {
      id
      name
    }
  }
`);

export const AdminMembersQuery = graphql(`
  query AdminMembers(
    $organisationId: ID
    $status: MemberStatus
    $search: String
    $first: Int!
    $after: String
  ) {
    members(
      organisationId: $organisationId
      status: $status
      search: $search
      first: $first
      after: $after
    ) {
      nodes {
        id
        ...AdminMemberRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query AdminPendingInvitations($organisationId: ID, $first: Int!, $after: String) {
    pendingInvitations(organisationId: $organisationId, first: $first, after: $after) {
      nodes {
        id
        createdAt
        expiresAt
        expired
        member {
          id
          displayName
          email
          organisationRole
          organisation {
            id
            name
          }
        }
        invitedBy {
          id
          displayName
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

export const InviteMemberMutation = graphql(`
  mutation AdminInviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      expiresAt
      url
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation AdminRevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId)
  }
`);

export const TotpForAllQuery = graphql(`
  query AdminTotpForAll {
    totpRequiredForAll
  }
`);

export const SetTotpForAllMutation = graphql(`
  mutation AdminSetTotpForAll($required: Boolean!) {
    setTotpRequiredForAll(required: $required)
  }
`);

export const AdminMemberQuery = graphql(`
  query AdminMember($id: ID!) {
    member(id: $id) {
      id
      handle
      position
      createdAt
      ...AdminMemberRow
    }
  }
`);

export const AdminMemberSessionsQuery = graphql(`
  query AdminMemberSessions($memberId: ID!) {
    memberSessions(memberId: $memberId) {
      id
      createdAt
      lastUsedAt
      expiresAt
      ip
      userAgent
    }
  }
`);

export const SetMemberRolesMutation = graphql(`
  mutation AdminSetMemberRoles($input: SetMemberRolesInput!) {
    setMemberRoles(input: $input) {
      id
      organisationRole
      platformRole
    }
  }
`);

export const DisableMemberMutation = graphql(`
  mutation AdminDisableMember($memberId: ID!) {
    disableMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const EnableMemberMutation = graphql(`
  mutation AdminEnableMember($memberId: ID!) {
    enableMember(memberId: $memberId) {
      id
      status
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation AdminRevokeSession($sessionId: ID!) {
    revokeSession(sessionId: $sessionId)
  }
`);

export const RevokeMemberSessionsMutation = graphql(`
  mutation AdminRevokeMemberSessions($memberId: ID!) {
    revokeMemberSessions(memberId: $memberId)
  }
`);

export const ResetMemberTotpMutation = graphql(`
  mutation AdminResetMemberTotp($memberId: ID!) {
    resetMemberTotp(memberId: $memberId) {
      id
      totpEnabled
    }
  }
`);

export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations($search: String, $kind: OrganisationKind, $first: Int!, $after: String) {
    organisations(search: $search, kind: $kind, first: $first, after: $after) {
      nodes {
        id
        name
        kind
        district
        municipalityKey
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const AdminOrganisationQuery = graphql(`
  query AdminOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      district
      governmentRegion
      municipalityKey
      population
      serviceRelations {
        id
        services
        provider {
          id
          name
        }
        municipality {
          id
          name
        }
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation AdminCreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation AdminUpdateOrganisation($id: ID!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      id
      name
      district
      governmentRegion
      municipalityKey
      population
    }
  }
`);

export const SetServiceRelationMutation = graphql(`
  mutation AdminSetServiceRelation($input: ServiceRelationInput!) {
    setServiceRelation(input: $input) {
      id
      services
    }
  }
`);

export const RemoveServiceRelationMutation = graphql(`
  mutation AdminRemoveServiceRelation($providerId: ID!, $municipalityId: ID!) {
    removeServiceRelation(providerId: $providerId, municipalityId: $municipalityId)
  }
`);

export const AdminCategoryFieldsFragment = graphql(`
  fragment AdminCategoryFields on ForumCategory {
    id
    name
    description
    position
    readKinds
    postKinds
    organisationIds
    topicCount
  }
`);

export const AdminCategoriesQuery = graphql(`
  query AdminForumCategories($first: Int!) {
    forumCategories(first: $first) {
      nodes {
        id
        ...AdminCategoryFields
      }
      totalCount
    }
  }
`);

export const AdminCategoryQuery = graphql(`
  query AdminForumCategory($id: ID!) {
    forumCategory(id: $id) {
      id
      ...AdminCategoryFields
    }
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation AdminCreateForumCategory($input: ForumCategoryInput!) {
    createForumCategory(input: $input) {
      id
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation AdminUpdateForumCategory($id: ID!, $input: ForumCategoryInput!) {
    updateForumCategory(id: $id, input: $input) {
      id
      ...AdminCategoryFields
    }
  }
`);

/** Names of organisations picked for a category's closed group (by id). */
export const OrganisationNamesQuery = graphql(`
  query AdminOrganisationNames($search: String, $kind: OrganisationKind, $first: Int!) {
    organisations(search: $search, kind: $kind, first: $first) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AdminAuditEvents(
    $action: String
    $actorId: ID
    $targetId: String
    $from: DateTime
    $to: DateTime
    $first: Int!
    $after: String
  ) {
    auditEvents(
      action: $action
      actorId: $actorId
      targetId: $targetId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      nodes {
        id
        createdAt
        action
        targetType
        targetId
        ip
        details
        actor {
          id
          displayName
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

/** Member picker of the audit filter "who". */
export const MemberPickerQuery = graphql(`
  query AdminMemberPicker($search: String, $first: Int!) {
    members(search: $search, first: $first) {
      nodes {
        id
        displayName
        organisation {
          id
          name
        }
      }
    }
  }
`);
