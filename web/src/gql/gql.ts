/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppMe {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AppMeDocument,
    "\n  mutation AppLogout {\n    logout\n  }\n": typeof types.AppLogoutDocument,
    "\n  query Account {\n    me {\n      id\n      displayName\n      handle\n      email\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n      totpEnabled\n      organisationRole\n      platformRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RevokeMySession($sessionId: ID!) {\n    revokeMySession(sessionId: $sessionId)\n  }\n": typeof types.RevokeMySessionDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.HomeMeDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    targetType\n    targetId\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
};
const documents: Documents = {
    "\n  query AppMe {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AppMeDocument,
    "\n  mutation AppLogout {\n    logout\n  }\n": types.AppLogoutDocument,
    "\n  query Account {\n    me {\n      id\n      displayName\n      handle\n      email\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n      totpEnabled\n      organisationRole\n      platformRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.AccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RevokeMySession($sessionId: ID!) {\n    revokeMySession(sessionId: $sessionId)\n  }\n": types.RevokeMySessionDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n": types.HomeMeDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    targetType\n    targetId\n    createdAt\n    readAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppMe {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppMe {\n    me {\n      id\n      displayName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation AppLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      id\n      displayName\n      handle\n      email\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n      totpEnabled\n      organisationRole\n      platformRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      displayName\n      handle\n      email\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n      totpEnabled\n      organisationRole\n      platformRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMySession($sessionId: ID!) {\n    revokeMySession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation RevokeMySession($sessionId: ID!) {\n    revokeMySession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    targetType\n    targetId\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    targetType\n    targetId\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;