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
    "\n  query AppMe {\n    me {\n      id\n      displayName\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AppMeDocument,
    "\n  mutation AppLogout {\n    logout\n  }\n": typeof types.AppLogoutDocument,
    "\n  query Account {\n    me {\n      id\n      displayName\n      handle\n      email\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n      totpEnabled\n      organisationRole\n      platformRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RevokeMySession($sessionId: ID!) {\n    revokeMySession(sessionId: $sessionId)\n  }\n": typeof types.RevokeMySessionDocument,
    "\n  query AdminMe {\n    me {\n      id\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  fragment AdminMemberRow on Member {\n    id\n    displayName\n    email\n    status\n    organisationRole\n    platformRole\n    totpEnabled\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.AdminMemberRowFragmentDoc,
    "\n  query AdminMembers(\n    $organisationId: ID\n    $status: MemberStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      organisationId: $organisationId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...AdminMemberRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  query AdminPendingInvitations($organisationId: ID, $first: Int!, $after: String) {\n    pendingInvitations(organisationId: $organisationId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        expiresAt\n        expired\n        member {\n          id\n          displayName\n          email\n          organisationRole\n          organisation {\n            id\n            name\n          }\n        }\n        invitedBy {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminPendingInvitationsDocument,
    "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      expiresAt\n      url\n    }\n  }\n": typeof types.AdminInviteMemberDocument,
    "\n  mutation AdminRevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n": typeof types.AdminRevokeInvitationDocument,
    "\n  query AdminTotpForAll {\n    totpRequiredForAll\n  }\n": typeof types.AdminTotpForAllDocument,
    "\n  mutation AdminSetTotpForAll($required: Boolean!) {\n    setTotpRequiredForAll(required: $required)\n  }\n": typeof types.AdminSetTotpForAllDocument,
    "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      handle\n      position\n      createdAt\n      ...AdminMemberRow\n    }\n  }\n": typeof types.AdminMemberDocument,
    "\n  query AdminMemberSessions($memberId: ID!) {\n    memberSessions(memberId: $memberId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n    }\n  }\n": typeof types.AdminMemberSessionsDocument,
    "\n  mutation AdminSetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      organisationRole\n      platformRole\n    }\n  }\n": typeof types.AdminSetMemberRolesDocument,
    "\n  mutation AdminDisableMember($memberId: ID!) {\n    disableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminDisableMemberDocument,
    "\n  mutation AdminEnableMember($memberId: ID!) {\n    enableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminEnableMemberDocument,
    "\n  mutation AdminRevokeSession($sessionId: ID!) {\n    revokeSession(sessionId: $sessionId)\n  }\n": typeof types.AdminRevokeSessionDocument,
    "\n  mutation AdminRevokeMemberSessions($memberId: ID!) {\n    revokeMemberSessions(memberId: $memberId)\n  }\n": typeof types.AdminRevokeMemberSessionsDocument,
    "\n  mutation AdminResetMemberTotp($memberId: ID!) {\n    resetMemberTotp(memberId: $memberId) {\n      id\n      totpEnabled\n    }\n  }\n": typeof types.AdminResetMemberTotpDocument,
    "\n  query AdminOrganisations($search: String, $kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(search: $search, kind: $kind, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      district\n      governmentRegion\n      municipalityKey\n      population\n    }\n  }\n": typeof types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminSetServiceRelation($input: ServiceRelationInput!) {\n    setServiceRelation(input: $input) {\n      id\n      services\n    }\n  }\n": typeof types.AdminSetServiceRelationDocument,
    "\n  mutation AdminRemoveServiceRelation($providerId: ID!, $municipalityId: ID!) {\n    removeServiceRelation(providerId: $providerId, municipalityId: $municipalityId)\n  }\n": typeof types.AdminRemoveServiceRelationDocument,
    "\n  fragment AdminCategoryFields on ForumCategory {\n    id\n    name\n    description\n    position\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n  }\n": typeof types.AdminCategoryFieldsFragmentDoc,
    "\n  query AdminForumCategories($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...AdminCategoryFields\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminForumCategoriesDocument,
    "\n  query AdminForumCategory($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n": typeof types.AdminForumCategoryDocument,
    "\n  mutation AdminCreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateForumCategoryDocument,
    "\n  mutation AdminUpdateForumCategory($id: ID!, $input: ForumCategoryInput!) {\n    updateForumCategory(id: $id, input: $input) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n": typeof types.AdminUpdateForumCategoryDocument,
    "\n  query AdminOrganisationNames($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdminOrganisationNamesDocument,
    "\n  query AdminAuditEvents(\n    $action: String\n    $actorId: ID\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      action: $action\n      actorId: $actorId\n      targetId: $targetId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        createdAt\n        action\n        targetType\n        targetId\n        ip\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdminAuditEventsDocument,
    "\n  query AdminMemberPicker($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminMemberPickerDocument,
    "\n  fragment AdvisoryListItem on Advisory {\n    id\n    trackingId\n    title\n    summary\n    tlp\n    severity\n    status\n    version\n    cves\n    cvssScore\n    publisherName\n    currentReleaseDate\n    updatedAt\n    myAcknowledgement {\n      status\n    }\n  }\n": typeof types.AdvisoryListItemFragmentDoc,
    "\n  query AdvisoryViewer {\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdvisoryViewerDocument,
    "\n  query OpenAdvisories($first: Int!, $after: String) {\n    openAdvisories(first: $first, after: $after) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OpenAdvisoriesDocument,
    "\n  query AdvisoryList(\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisories(\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdvisoryListDocument,
    "\n  query AdvisorySearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisorySearch(\n      query: $query\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        headline\n        advisory {\n          id\n          ...AdvisoryListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AdvisorySearchDocument,
    "\n  fragment AcknowledgementItem on AdvisoryAcknowledgement {\n    status\n    note\n    memberId\n    at\n  }\n": typeof types.AcknowledgementItemFragmentDoc,
    "\n  query AdvisoryDetail($id: ID!) {\n    advisory(id: $id) {\n      id\n      trackingId\n      title\n      summary\n      tlp\n      severity\n      status\n      version\n      bodyHtml\n      bodyMarkdown\n      cves\n      cvssVector\n      cvssScore\n      remediation\n      publisherName\n      initialReleaseDate\n      currentReleaseDate\n      createdAt\n      updatedAt\n      canManage\n      author {\n        id\n        displayName\n      }\n      products {\n        vendor\n        product\n        version\n        cpe\n        purl\n      }\n      references {\n        url\n        summary\n      }\n      revisions {\n        version\n        status\n        tlp\n        changeSummary\n        publishedAt\n      }\n      recipients {\n        organisations {\n          id\n          name\n          kind\n        }\n        members {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n        forwardedTo {\n          id\n          name\n        }\n      }\n      myAcknowledgement {\n        ...AcknowledgementItem\n      }\n      myAcknowledgementHistory {\n        ...AcknowledgementItem\n      }\n    }\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdvisoryDetailDocument,
    "\n  query AdvisoryAcknowledger($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.AdvisoryAcknowledgerDocument,
    "\n  mutation AcknowledgeAdvisory($id: ID!, $input: AcknowledgeAdvisoryInput!) {\n    acknowledgeAdvisory(id: $id, input: $input) {\n      ...AcknowledgementItem\n    }\n  }\n": typeof types.AcknowledgeAdvisoryDocument,
    "\n  query AdvisoryStatusOverviewPanel($id: ID!) {\n    advisoryStatusOverview(id: $id) {\n      advisoryId\n      expectedCount\n      notRespondedCount\n      byStatus {\n        status\n        count\n        organisations {\n          id\n          name\n        }\n      }\n      notResponded {\n        id\n        name\n      }\n      withoutResponder {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdvisoryStatusOverviewPanelDocument,
    "\n  mutation RemindAdvisoryNonResponders($id: ID!) {\n    remindAdvisoryNonResponders(id: $id) {\n      notifiedMembers\n      nextReminderAllowedAt\n      organisations {\n        id\n      }\n    }\n  }\n": typeof types.RemindAdvisoryNonRespondersDocument,
    "\n  query AdvisoryCsafExport($id: ID!) {\n    advisoryCsaf(id: $id)\n  }\n": typeof types.AdvisoryCsafExportDocument,
    "\n  mutation CreateAdvisory($input: CreateAdvisoryInput!) {\n    createAdvisory(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAdvisoryDocument,
    "\n  mutation UpdateAdvisory($id: ID!, $input: AdvisoryContentInput!) {\n    updateAdvisory(id: $id, input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.UpdateAdvisoryDocument,
    "\n  mutation PublishAdvisory($id: ID!, $input: PublishAdvisoryInput!) {\n    publishAdvisory(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.PublishAdvisoryDocument,
    "\n  mutation RaiseAdvisoryTlp($id: ID!, $tlp: TlpLabel!) {\n    raiseAdvisoryTlp(id: $id, tlp: $tlp) {\n      id\n      tlp\n    }\n  }\n": typeof types.RaiseAdvisoryTlpDocument,
    "\n  mutation LowerAdvisoryTlp($id: ID!, $tlp: TlpLabel!, $reason: String!) {\n    lowerAdvisoryTlp(id: $id, tlp: $tlp, reason: $reason) {\n      id\n      tlp\n    }\n  }\n": typeof types.LowerAdvisoryTlpDocument,
    "\n  mutation SetAdvisoryRecipients($id: ID!, $input: AdvisoryRecipientsInput!) {\n    setAdvisoryRecipients(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SetAdvisoryRecipientsDocument,
    "\n  mutation ForwardAdvisory($id: ID!) {\n    forwardAdvisory(id: $id)\n  }\n": typeof types.ForwardAdvisoryDocument,
    "\n  mutation ImportCsafAdvisory($document: JSON!) {\n    importCsafAdvisory(document: $document) {\n      id\n      title\n      trackingId\n    }\n  }\n": typeof types.ImportCsafAdvisoryDocument,
    "\n  query AdvisoryRecipientOrganisations($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n      totalCount\n    }\n  }\n": typeof types.AdvisoryRecipientOrganisationsDocument,
    "\n  query AdvisoryProviderMunicipalities($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      serviceRelations {\n        id\n        provider {\n          id\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdvisoryProviderMunicipalitiesDocument,
    "\n  query AdvisoryRecipientMembers($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdvisoryRecipientMembersDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query ChatChannels {\n    me {\n      id\n    }\n    channels {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      unreadCount\n      mentionCount\n      members {\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n    publicChannels(first: 50) {\n      id\n      name\n      topic\n      myRole\n    }\n  }\n": typeof types.ChatChannelsDocument,
    "\n  query ChatChannel($id: ID!) {\n    me {\n      id\n      displayName\n    }\n    channel(id: $id) {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      lastChangeSeq\n      lastReadSeq\n      myRole\n      members {\n        memberId\n        role\n        member {\n          id\n          displayName\n          handle\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChatChannelDocument,
    "\n  query ChatHistory($channelId: ID!, $before: Int, $first: Int!) {\n    messages(channelId: $channelId, before: $before, first: $first) {\n      hasMore\n      nodes {\n        id\n        channelId\n        seq\n        changeSeq\n        clientMessageId\n        senderId\n        body\n        threadRootId\n        editedAt\n        deletedAt\n        createdAt\n        reactions {\n          emoji\n          count\n          memberIds\n        }\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n": typeof types.ChatHistoryDocument,
    "\n  mutation MarkChannelRead($channelId: ID!, $seq: Int!) {\n    markChannelRead(channelId: $channelId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n": typeof types.MarkChannelReadDocument,
    "\n  mutation OpenDirectChannel($memberIds: [ID!]!) {\n    openDirectChannel(memberIds: $memberIds) {\n      id\n    }\n  }\n": typeof types.OpenDirectChannelDocument,
    "\n  mutation JoinPublicChannel($channelId: ID!) {\n    joinPublicChannel(channelId: $channelId) {\n      id\n      myRole\n    }\n  }\n": typeof types.JoinPublicChannelDocument,
    "\n  query ChatMemberSearch($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChatMemberSearchDocument,
    "\n  fragment ForumCategoryItem on ForumCategory {\n    id\n    name\n    description\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n    unreadTopicCount\n    watchLevel\n    canPost\n  }\n": typeof types.ForumCategoryItemFragmentDoc,
    "\n  fragment ForumTopicItem on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    postCount\n    unreadCount\n    lastPostAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n  }\n": typeof types.ForumTopicItemFragmentDoc,
    "\n  query ForumOverview($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...ForumCategoryItem\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n": typeof types.ForumOverviewDocument,
    "\n  query ForumTopics($categoryId: ID, $authorId: ID, $first: Int!, $after: String) {\n    forumTopics(categoryId: $categoryId, authorId: $authorId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n": typeof types.ForumTopicsDocument,
    "\n  query ForumCategoryPage($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...ForumCategoryItem\n    }\n  }\n": typeof types.ForumCategoryPageDocument,
    "\n  mutation WatchForumCategory($categoryId: ID!, $level: ForumWatchLevel!) {\n    watchForumCategory(categoryId: $categoryId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n": typeof types.WatchForumCategoryDocument,
    "\n  fragment ForumPostItem on ForumPost {\n    id\n    postNumber\n    html\n    raw\n    hidden\n    createdAt\n    editedAt\n    topicId\n    quotedPostId\n    author {\n      id\n      displayName\n      handle\n      organisation {\n        id\n        name\n      }\n    }\n    quotedPost {\n      postId\n      postNumber\n      topicId\n      excerpt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByMe\n    }\n  }\n": typeof types.ForumPostItemFragmentDoc,
    "\n  query ForumTopicPage($id: ID!, $first: Int!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      title\n      pinned\n      locked\n      watchLevel\n      lastReadPostNumber\n      unreadCount\n      postCount\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          id\n          ...ForumPostItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n": typeof types.ForumTopicPageDocument,
    "\n  mutation MarkForumTopicRead($topicId: ID!, $postNumber: Int!) {\n    markForumTopicRead(topicId: $topicId, postNumber: $postNumber) {\n      id\n      lastReadPostNumber\n      unreadCount\n    }\n  }\n": typeof types.MarkForumTopicReadDocument,
    "\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      id\n      ...ForumPostItem\n    }\n  }\n": typeof types.CreateForumPostDocument,
    "\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateForumTopicDocument,
    "\n  mutation ReactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    reactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n": typeof types.ReactToForumPostDocument,
    "\n  mutation UnreactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    unreactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n": typeof types.UnreactToForumPostDocument,
    "\n  mutation WatchForumTopic($topicId: ID!, $level: ForumWatchLevel!) {\n    watchForumTopic(topicId: $topicId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n": typeof types.WatchForumTopicDocument,
    "\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      id\n    }\n  }\n": typeof types.FlagForumPostDocument,
    "\n  mutation HideForumPost($postId: ID!) {\n    hideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n": typeof types.HideForumPostDocument,
    "\n  mutation UnhideForumPost($postId: ID!) {\n    unhideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n": typeof types.UnhideForumPostDocument,
    "\n  mutation LockForumTopic($topicId: ID!) {\n    lockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n": typeof types.LockForumTopicDocument,
    "\n  mutation UnlockForumTopic($topicId: ID!) {\n    unlockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n": typeof types.UnlockForumTopicDocument,
    "\n  mutation PinForumTopic($topicId: ID!) {\n    pinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinForumTopicDocument,
    "\n  mutation UnpinForumTopic($topicId: ID!) {\n    unpinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n": typeof types.UnpinForumTopicDocument,
    "\n  mutation MoveForumTopic($topicId: ID!, $categoryId: ID!, $allowWiderAudience: Boolean!) {\n    moveForumTopic(\n      topicId: $topicId\n      categoryId: $categoryId\n      allowWiderAudience: $allowWiderAudience\n    ) {\n      id\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n    }\n  }\n": typeof types.MoveForumTopicDocument,
    "\n  mutation DismissForumFlags($postId: ID!) {\n    dismissForumFlags(postId: $postId)\n  }\n": typeof types.DismissForumFlagsDocument,
    "\n  query ForumFlagQueue($first: Int!, $after: String) {\n    forumFlagQueue(first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        createdAt\n        postId\n        reporter {\n          id\n          displayName\n        }\n        post {\n          id\n          topicId\n          postNumber\n          hidden\n          html\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ForumFlagQueueDocument,
    "\n  query ForumPostLocate($id: ID!) {\n    forumPost(id: $id) {\n      id\n      topicId\n      postNumber\n    }\n  }\n": typeof types.ForumPostLocateDocument,
    "\n  query ForumSearch(\n    $query: String!\n    $categoryId: ID\n    $from: DateTime\n    $to: DateTime\n    $after: String\n  ) {\n    forumSearch(\n      query: $query\n      categoryId: $categoryId\n      from: $from\n      to: $to\n      first: 20\n      after: $after\n    ) {\n      nodes {\n        topicId\n        topicTitle\n        categoryId\n        headline\n        post {\n          id\n          postNumber\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n": typeof types.ForumSearchDocument,
    "\n  query MentionCandidates($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query ForumUnreadTopicsCard($categories: Int!, $topics: Int!) {\n    forumCategories(first: $categories) {\n      nodes {\n        id\n        name\n        watchLevel\n        unreadTopicCount\n      }\n    }\n    forumTopics(first: $topics) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n    }\n  }\n": typeof types.ForumUnreadTopicsCardDocument,
    "\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.HomeMeDocument,
    "\n  query IncidentList($filter: IncidentFilterInput, $first: Int!, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        severity\n        tlp\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.IncidentListDocument,
    "\n  query IncidentOnCertDuty {\n    onCertDuty\n  }\n": typeof types.IncidentOnCertDutyDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      description\n      kind\n      severity\n      tlp\n      status\n      channelId\n      createdAt\n      closedAt\n      canManage\n      organisation {\n        id\n        name\n      }\n      reporter {\n        id\n        displayName\n      }\n      answerSummary {\n        affected\n        answered\n        affectedConfirmed\n      }\n      myAffectedOrganisation {\n        organisationId\n        situation\n        note\n        consentToProvider\n      }\n    }\n  }\n": typeof types.IncidentDetailDocument,
    "\n  query IncidentAffected($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      affectedOrganisations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          organisationId\n          organisationName\n          reason\n          services\n          situation\n          note\n          answeredAt\n          answeredBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentAffectedDocument,
    "\n  query IncidentParticipants($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          memberId\n          reason\n          member {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentParticipantsDocument,
    "\n  query IncidentTimeline($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          text\n          refersToId\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentTimelineDocument,
    "\n  mutation UpdateIncidentStatus($id: ID!, $status: IncidentStatus!, $note: String) {\n    updateIncidentStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      closedAt\n    }\n  }\n": typeof types.UpdateIncidentStatusDocument,
    "\n  mutation AnswerIncidentSituation($id: ID!, $input: AnswerIncidentSituationInput!) {\n    answerIncidentSituation(id: $id, input: $input) {\n      organisationId\n      situation\n      note\n    }\n  }\n": typeof types.AnswerIncidentSituationDocument,
    "\n  mutation AddIncidentTimelineEntry($id: ID!, $input: AddIncidentTimelineEntryInput!) {\n    addIncidentTimelineEntry(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AddIncidentTimelineEntryDocument,
    "\n  query ResponseIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      kind\n      tlp\n      status\n      createdAt\n    }\n  }\n": typeof types.ResponseIncidentDocument,
    "\n  query IncidentTasks($incidentId: ID!, $kind: String) {\n    incidentTasks(incidentId: $incidentId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        dueAt\n        obligation\n        assigneeId\n        assigneeName\n        fulfilledAt\n        fulfilmentNote\n      }\n    }\n    taskTemplates(incidentKind: $kind, first: 50) {\n      nodes {\n        id\n        name\n        description\n        items {\n          title\n        }\n      }\n    }\n  }\n": typeof types.IncidentTasksDocument,
    "\n  query IncidentPeople($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      participants(first: 100) {\n        nodes {\n          member {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.IncidentPeopleDocument,
    "\n  mutation CreateIncidentTask($input: CreateIncidentTaskInput!) {\n    createIncidentTask(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateIncidentTaskDocument,
    "\n  mutation UpdateIncidentTask($input: UpdateIncidentTaskInput!) {\n    updateIncidentTask(input: $input) {\n      id\n      status\n      assigneeId\n      assigneeName\n    }\n  }\n": typeof types.UpdateIncidentTaskDocument,
    "\n  mutation ApplyTaskTemplate($incidentId: ID!, $templateId: ID!) {\n    applyTaskTemplate(incidentId: $incidentId, templateId: $templateId) {\n      id\n    }\n  }\n": typeof types.ApplyTaskTemplateDocument,
    "\n  mutation FulfilReportingObligation($input: FulfilReportingObligationInput!) {\n    fulfilReportingObligation(input: $input) {\n      id\n      status\n      fulfilledAt\n      fulfilmentNote\n    }\n  }\n": typeof types.FulfilReportingObligationDocument,
    "\n  query MirtDeployments($incidentId: ID!) {\n    mirtDeployments(incidentId: $incidentId, first: 20) {\n      nodes {\n        id\n        status\n        reason\n        onSiteAddress\n        phoneNumbers\n        requestedByName\n        requestingOrganisationName\n        decisionReason\n        decidedAt\n        onSiteAt\n        completedAt\n        createdAt\n        team {\n          memberId\n          displayName\n        }\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n      canRequest\n    }\n  }\n": typeof types.MirtDeploymentsDocument,
    "\n  query MirtCandidates($incidentId: ID!) {\n    mirtCandidates(incidentId: $incidentId) {\n      id\n      displayName\n    }\n  }\n": typeof types.MirtCandidatesDocument,
    "\n  mutation RequestMirt($input: RequestMirtInput!) {\n    requestMirt(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestMirtDocument,
    "\n  mutation DecideMirt($input: DecideMirtInput!) {\n    decideMirt(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": typeof types.DecideMirtDocument,
    "\n  mutation AssignMirtTeam($input: AssignMirtTeamInput!) {\n    assignMirtTeam(input: $input) {\n      id\n      team {\n        memberId\n        displayName\n      }\n    }\n  }\n": typeof types.AssignMirtTeamDocument,
    "\n  mutation AdvanceMirt($input: AdvanceMirtInput!) {\n    advanceMirt(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdvanceMirtDocument,
    "\n  query SituationReport($incidentId: ID!) {\n    situationReport(incidentId: $incidentId) {\n      incidentId\n      reportMarkdown\n      generatedAt\n      tlp\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n    }\n  }\n": typeof types.SituationReportDocument,
    "\n  mutation ClearForSharing($input: ClearForSharingInput!) {\n    clearSituationReportForSharing(input: $input) {\n      incidentId\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n  }\n": typeof types.ClearForSharingDocument,
    "\n  query IncidentCsaf($incidentId: ID!) {\n    incidentCsaf(incidentId: $incidentId)\n  }\n": typeof types.IncidentCsafDocument,
    "\n  query MyEmergencyPhone {\n    myEmergencyPhone\n  }\n": typeof types.MyEmergencyPhoneDocument,
    "\n  mutation SetMyEmergencyPhone($phone: String) {\n    setMyEmergencyPhone(phone: $phone)\n  }\n": typeof types.SetMyEmergencyPhoneDocument,
    "\n  query MailSettings {\n    myMailPreferences {\n      kind\n      label\n      frequency\n      allowedFrequencies\n      locked\n    }\n    myOpenPgpKey {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.MailSettingsDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      frequency\n      locked\n    }\n  }\n": typeof types.SetMailPreferenceDocument,
    "\n  mutation SetMyOpenPgpKey($input: SetOpenPgpKeyInput!) {\n    setMyOpenPgpKey(input: $input) {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.SetMyOpenPgpKeyDocument,
    "\n  mutation RemoveMyOpenPgpKey {\n    removeMyOpenPgpKey\n  }\n": typeof types.RemoveMyOpenPgpKeyDocument,
    "\n  query MailDeliveries($state: MailDeliveryState, $first: Int!, $after: String) {\n    mailDeliveries(state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        toAddress\n        kind\n        subject\n        state\n        attempts\n        lastError\n        createdAt\n        updatedAt\n        sentAt\n      }\n    }\n  }\n": typeof types.MailDeliveriesDocument,
    "\n  mutation ResendMailDelivery($id: ID!) {\n    resendMailDelivery(id: $id) {\n      id\n      state\n      lastError\n      attempts\n      updatedAt\n    }\n  }\n": typeof types.ResendMailDeliveryDocument,
    "\n  fragment MemberListItem on Member {\n    id\n    displayName\n    handle\n    position\n    expertiseTags\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MemberListItemFragmentDoc,
    "\n  query MemberDirectory(\n    $search: String\n    $organisationKind: OrganisationKind\n    $organisationId: ID\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      search: $search\n      organisationKind: $organisationKind\n      organisationId: $organisationId\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...MemberListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MemberDirectoryDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      handle\n      position\n      bio\n      expertiseTags\n      email\n      phone\n      organisationRole\n      platformRole\n      status\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    me {\n      id\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    targetType\n    targetId\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query OrganisationDirectory(\n    $search: String\n    $kind: OrganisationKind\n    $district: String\n    $first: Int!\n    $after: String\n  ) {\n    organisations(search: $search, kind: $kind, district: $district, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OrganisationDirectoryDocument,
    "\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n": typeof types.OrganisationProfileDocument,
};
const documents: Documents = {
    "\n  query AppMe {\n    me {\n      id\n      displayName\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AppMeDocument,
    "\n  mutation AppLogout {\n    logout\n  }\n": types.AppLogoutDocument,
    "\n  query Account {\n    me {\n      id\n      displayName\n      handle\n      email\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n      totpEnabled\n      organisationRole\n      platformRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.AccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      displayName\n      phone\n      position\n      bio\n      expertiseTags\n      contactVisibility\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RevokeMySession($sessionId: ID!) {\n    revokeMySession(sessionId: $sessionId)\n  }\n": types.RevokeMySessionDocument,
    "\n  query AdminMe {\n    me {\n      id\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AdminMeDocument,
    "\n  fragment AdminMemberRow on Member {\n    id\n    displayName\n    email\n    status\n    organisationRole\n    platformRole\n    totpEnabled\n    organisation {\n      id\n      name\n    }\n  }\n": types.AdminMemberRowFragmentDoc,
    "\n  query AdminMembers(\n    $organisationId: ID\n    $status: MemberStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      organisationId: $organisationId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...AdminMemberRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query AdminPendingInvitations($organisationId: ID, $first: Int!, $after: String) {\n    pendingInvitations(organisationId: $organisationId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        expiresAt\n        expired\n        member {\n          id\n          displayName\n          email\n          organisationRole\n          organisation {\n            id\n            name\n          }\n        }\n        invitedBy {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminPendingInvitationsDocument,
    "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      expiresAt\n      url\n    }\n  }\n": types.AdminInviteMemberDocument,
    "\n  mutation AdminRevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n": types.AdminRevokeInvitationDocument,
    "\n  query AdminTotpForAll {\n    totpRequiredForAll\n  }\n": types.AdminTotpForAllDocument,
    "\n  mutation AdminSetTotpForAll($required: Boolean!) {\n    setTotpRequiredForAll(required: $required)\n  }\n": types.AdminSetTotpForAllDocument,
    "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      handle\n      position\n      createdAt\n      ...AdminMemberRow\n    }\n  }\n": types.AdminMemberDocument,
    "\n  query AdminMemberSessions($memberId: ID!) {\n    memberSessions(memberId: $memberId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n    }\n  }\n": types.AdminMemberSessionsDocument,
    "\n  mutation AdminSetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      organisationRole\n      platformRole\n    }\n  }\n": types.AdminSetMemberRolesDocument,
    "\n  mutation AdminDisableMember($memberId: ID!) {\n    disableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.AdminDisableMemberDocument,
    "\n  mutation AdminEnableMember($memberId: ID!) {\n    enableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n": types.AdminEnableMemberDocument,
    "\n  mutation AdminRevokeSession($sessionId: ID!) {\n    revokeSession(sessionId: $sessionId)\n  }\n": types.AdminRevokeSessionDocument,
    "\n  mutation AdminRevokeMemberSessions($memberId: ID!) {\n    revokeMemberSessions(memberId: $memberId)\n  }\n": types.AdminRevokeMemberSessionsDocument,
    "\n  mutation AdminResetMemberTotp($memberId: ID!) {\n    resetMemberTotp(memberId: $memberId) {\n      id\n      totpEnabled\n    }\n  }\n": types.AdminResetMemberTotpDocument,
    "\n  query AdminOrganisations($search: String, $kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(search: $search, kind: $kind, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation AdminUpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      district\n      governmentRegion\n      municipalityKey\n      population\n    }\n  }\n": types.AdminUpdateOrganisationDocument,
    "\n  mutation AdminSetServiceRelation($input: ServiceRelationInput!) {\n    setServiceRelation(input: $input) {\n      id\n      services\n    }\n  }\n": types.AdminSetServiceRelationDocument,
    "\n  mutation AdminRemoveServiceRelation($providerId: ID!, $municipalityId: ID!) {\n    removeServiceRelation(providerId: $providerId, municipalityId: $municipalityId)\n  }\n": types.AdminRemoveServiceRelationDocument,
    "\n  fragment AdminCategoryFields on ForumCategory {\n    id\n    name\n    description\n    position\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n  }\n": types.AdminCategoryFieldsFragmentDoc,
    "\n  query AdminForumCategories($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...AdminCategoryFields\n      }\n      totalCount\n    }\n  }\n": types.AdminForumCategoriesDocument,
    "\n  query AdminForumCategory($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n": types.AdminForumCategoryDocument,
    "\n  mutation AdminCreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateForumCategoryDocument,
    "\n  mutation AdminUpdateForumCategory($id: ID!, $input: ForumCategoryInput!) {\n    updateForumCategory(id: $id, input: $input) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n": types.AdminUpdateForumCategoryDocument,
    "\n  query AdminOrganisationNames($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AdminOrganisationNamesDocument,
    "\n  query AdminAuditEvents(\n    $action: String\n    $actorId: ID\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      action: $action\n      actorId: $actorId\n      targetId: $targetId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        createdAt\n        action\n        targetType\n        targetId\n        ip\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdminAuditEventsDocument,
    "\n  query AdminMemberPicker($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminMemberPickerDocument,
    "\n  fragment AdvisoryListItem on Advisory {\n    id\n    trackingId\n    title\n    summary\n    tlp\n    severity\n    status\n    version\n    cves\n    cvssScore\n    publisherName\n    currentReleaseDate\n    updatedAt\n    myAcknowledgement {\n      status\n    }\n  }\n": types.AdvisoryListItemFragmentDoc,
    "\n  query AdvisoryViewer {\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AdvisoryViewerDocument,
    "\n  query OpenAdvisories($first: Int!, $after: String) {\n    openAdvisories(first: $first, after: $after) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OpenAdvisoriesDocument,
    "\n  query AdvisoryList(\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisories(\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdvisoryListDocument,
    "\n  query AdvisorySearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisorySearch(\n      query: $query\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        headline\n        advisory {\n          id\n          ...AdvisoryListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AdvisorySearchDocument,
    "\n  fragment AcknowledgementItem on AdvisoryAcknowledgement {\n    status\n    note\n    memberId\n    at\n  }\n": types.AcknowledgementItemFragmentDoc,
    "\n  query AdvisoryDetail($id: ID!) {\n    advisory(id: $id) {\n      id\n      trackingId\n      title\n      summary\n      tlp\n      severity\n      status\n      version\n      bodyHtml\n      bodyMarkdown\n      cves\n      cvssVector\n      cvssScore\n      remediation\n      publisherName\n      initialReleaseDate\n      currentReleaseDate\n      createdAt\n      updatedAt\n      canManage\n      author {\n        id\n        displayName\n      }\n      products {\n        vendor\n        product\n        version\n        cpe\n        purl\n      }\n      references {\n        url\n        summary\n      }\n      revisions {\n        version\n        status\n        tlp\n        changeSummary\n        publishedAt\n      }\n      recipients {\n        organisations {\n          id\n          name\n          kind\n        }\n        members {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n        forwardedTo {\n          id\n          name\n        }\n      }\n      myAcknowledgement {\n        ...AcknowledgementItem\n      }\n      myAcknowledgementHistory {\n        ...AcknowledgementItem\n      }\n    }\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AdvisoryDetailDocument,
    "\n  query AdvisoryAcknowledger($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.AdvisoryAcknowledgerDocument,
    "\n  mutation AcknowledgeAdvisory($id: ID!, $input: AcknowledgeAdvisoryInput!) {\n    acknowledgeAdvisory(id: $id, input: $input) {\n      ...AcknowledgementItem\n    }\n  }\n": types.AcknowledgeAdvisoryDocument,
    "\n  query AdvisoryStatusOverviewPanel($id: ID!) {\n    advisoryStatusOverview(id: $id) {\n      advisoryId\n      expectedCount\n      notRespondedCount\n      byStatus {\n        status\n        count\n        organisations {\n          id\n          name\n        }\n      }\n      notResponded {\n        id\n        name\n      }\n      withoutResponder {\n        id\n        name\n      }\n    }\n  }\n": types.AdvisoryStatusOverviewPanelDocument,
    "\n  mutation RemindAdvisoryNonResponders($id: ID!) {\n    remindAdvisoryNonResponders(id: $id) {\n      notifiedMembers\n      nextReminderAllowedAt\n      organisations {\n        id\n      }\n    }\n  }\n": types.RemindAdvisoryNonRespondersDocument,
    "\n  query AdvisoryCsafExport($id: ID!) {\n    advisoryCsaf(id: $id)\n  }\n": types.AdvisoryCsafExportDocument,
    "\n  mutation CreateAdvisory($input: CreateAdvisoryInput!) {\n    createAdvisory(input: $input) {\n      id\n    }\n  }\n": types.CreateAdvisoryDocument,
    "\n  mutation UpdateAdvisory($id: ID!, $input: AdvisoryContentInput!) {\n    updateAdvisory(id: $id, input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.UpdateAdvisoryDocument,
    "\n  mutation PublishAdvisory($id: ID!, $input: PublishAdvisoryInput!) {\n    publishAdvisory(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.PublishAdvisoryDocument,
    "\n  mutation RaiseAdvisoryTlp($id: ID!, $tlp: TlpLabel!) {\n    raiseAdvisoryTlp(id: $id, tlp: $tlp) {\n      id\n      tlp\n    }\n  }\n": types.RaiseAdvisoryTlpDocument,
    "\n  mutation LowerAdvisoryTlp($id: ID!, $tlp: TlpLabel!, $reason: String!) {\n    lowerAdvisoryTlp(id: $id, tlp: $tlp, reason: $reason) {\n      id\n      tlp\n    }\n  }\n": types.LowerAdvisoryTlpDocument,
    "\n  mutation SetAdvisoryRecipients($id: ID!, $input: AdvisoryRecipientsInput!) {\n    setAdvisoryRecipients(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SetAdvisoryRecipientsDocument,
    "\n  mutation ForwardAdvisory($id: ID!) {\n    forwardAdvisory(id: $id)\n  }\n": types.ForwardAdvisoryDocument,
    "\n  mutation ImportCsafAdvisory($document: JSON!) {\n    importCsafAdvisory(document: $document) {\n      id\n      title\n      trackingId\n    }\n  }\n": types.ImportCsafAdvisoryDocument,
    "\n  query AdvisoryRecipientOrganisations($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n      totalCount\n    }\n  }\n": types.AdvisoryRecipientOrganisationsDocument,
    "\n  query AdvisoryProviderMunicipalities($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      serviceRelations {\n        id\n        provider {\n          id\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdvisoryProviderMunicipalitiesDocument,
    "\n  query AdvisoryRecipientMembers($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdvisoryRecipientMembersDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      totpSetupRequired\n      member {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query ChatChannels {\n    me {\n      id\n    }\n    channels {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      unreadCount\n      mentionCount\n      members {\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n    publicChannels(first: 50) {\n      id\n      name\n      topic\n      myRole\n    }\n  }\n": types.ChatChannelsDocument,
    "\n  query ChatChannel($id: ID!) {\n    me {\n      id\n      displayName\n    }\n    channel(id: $id) {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      lastChangeSeq\n      lastReadSeq\n      myRole\n      members {\n        memberId\n        role\n        member {\n          id\n          displayName\n          handle\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ChatChannelDocument,
    "\n  query ChatHistory($channelId: ID!, $before: Int, $first: Int!) {\n    messages(channelId: $channelId, before: $before, first: $first) {\n      hasMore\n      nodes {\n        id\n        channelId\n        seq\n        changeSeq\n        clientMessageId\n        senderId\n        body\n        threadRootId\n        editedAt\n        deletedAt\n        createdAt\n        reactions {\n          emoji\n          count\n          memberIds\n        }\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n": types.ChatHistoryDocument,
    "\n  mutation MarkChannelRead($channelId: ID!, $seq: Int!) {\n    markChannelRead(channelId: $channelId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n": types.MarkChannelReadDocument,
    "\n  mutation OpenDirectChannel($memberIds: [ID!]!) {\n    openDirectChannel(memberIds: $memberIds) {\n      id\n    }\n  }\n": types.OpenDirectChannelDocument,
    "\n  mutation JoinPublicChannel($channelId: ID!) {\n    joinPublicChannel(channelId: $channelId) {\n      id\n      myRole\n    }\n  }\n": types.JoinPublicChannelDocument,
    "\n  query ChatMemberSearch($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ChatMemberSearchDocument,
    "\n  fragment ForumCategoryItem on ForumCategory {\n    id\n    name\n    description\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n    unreadTopicCount\n    watchLevel\n    canPost\n  }\n": types.ForumCategoryItemFragmentDoc,
    "\n  fragment ForumTopicItem on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    postCount\n    unreadCount\n    lastPostAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n  }\n": types.ForumTopicItemFragmentDoc,
    "\n  query ForumOverview($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...ForumCategoryItem\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n": types.ForumOverviewDocument,
    "\n  query ForumTopics($categoryId: ID, $authorId: ID, $first: Int!, $after: String) {\n    forumTopics(categoryId: $categoryId, authorId: $authorId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n": types.ForumTopicsDocument,
    "\n  query ForumCategoryPage($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...ForumCategoryItem\n    }\n  }\n": types.ForumCategoryPageDocument,
    "\n  mutation WatchForumCategory($categoryId: ID!, $level: ForumWatchLevel!) {\n    watchForumCategory(categoryId: $categoryId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n": types.WatchForumCategoryDocument,
    "\n  fragment ForumPostItem on ForumPost {\n    id\n    postNumber\n    html\n    raw\n    hidden\n    createdAt\n    editedAt\n    topicId\n    quotedPostId\n    author {\n      id\n      displayName\n      handle\n      organisation {\n        id\n        name\n      }\n    }\n    quotedPost {\n      postId\n      postNumber\n      topicId\n      excerpt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByMe\n    }\n  }\n": types.ForumPostItemFragmentDoc,
    "\n  query ForumTopicPage($id: ID!, $first: Int!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      title\n      pinned\n      locked\n      watchLevel\n      lastReadPostNumber\n      unreadCount\n      postCount\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          id\n          ...ForumPostItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n": types.ForumTopicPageDocument,
    "\n  mutation MarkForumTopicRead($topicId: ID!, $postNumber: Int!) {\n    markForumTopicRead(topicId: $topicId, postNumber: $postNumber) {\n      id\n      lastReadPostNumber\n      unreadCount\n    }\n  }\n": types.MarkForumTopicReadDocument,
    "\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      id\n      ...ForumPostItem\n    }\n  }\n": types.CreateForumPostDocument,
    "\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateForumTopicDocument,
    "\n  mutation ReactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    reactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n": types.ReactToForumPostDocument,
    "\n  mutation UnreactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    unreactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n": types.UnreactToForumPostDocument,
    "\n  mutation WatchForumTopic($topicId: ID!, $level: ForumWatchLevel!) {\n    watchForumTopic(topicId: $topicId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n": types.WatchForumTopicDocument,
    "\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      id\n    }\n  }\n": types.FlagForumPostDocument,
    "\n  mutation HideForumPost($postId: ID!) {\n    hideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n": types.HideForumPostDocument,
    "\n  mutation UnhideForumPost($postId: ID!) {\n    unhideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n": types.UnhideForumPostDocument,
    "\n  mutation LockForumTopic($topicId: ID!) {\n    lockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n": types.LockForumTopicDocument,
    "\n  mutation UnlockForumTopic($topicId: ID!) {\n    unlockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n": types.UnlockForumTopicDocument,
    "\n  mutation PinForumTopic($topicId: ID!) {\n    pinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n": types.PinForumTopicDocument,
    "\n  mutation UnpinForumTopic($topicId: ID!) {\n    unpinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n": types.UnpinForumTopicDocument,
    "\n  mutation MoveForumTopic($topicId: ID!, $categoryId: ID!, $allowWiderAudience: Boolean!) {\n    moveForumTopic(\n      topicId: $topicId\n      categoryId: $categoryId\n      allowWiderAudience: $allowWiderAudience\n    ) {\n      id\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n    }\n  }\n": types.MoveForumTopicDocument,
    "\n  mutation DismissForumFlags($postId: ID!) {\n    dismissForumFlags(postId: $postId)\n  }\n": types.DismissForumFlagsDocument,
    "\n  query ForumFlagQueue($first: Int!, $after: String) {\n    forumFlagQueue(first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        createdAt\n        postId\n        reporter {\n          id\n          displayName\n        }\n        post {\n          id\n          topicId\n          postNumber\n          hidden\n          html\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ForumFlagQueueDocument,
    "\n  query ForumPostLocate($id: ID!) {\n    forumPost(id: $id) {\n      id\n      topicId\n      postNumber\n    }\n  }\n": types.ForumPostLocateDocument,
    "\n  query ForumSearch(\n    $query: String!\n    $categoryId: ID\n    $from: DateTime\n    $to: DateTime\n    $after: String\n  ) {\n    forumSearch(\n      query: $query\n      categoryId: $categoryId\n      from: $from\n      to: $to\n      first: 20\n      after: $after\n    ) {\n      nodes {\n        topicId\n        topicTitle\n        categoryId\n        headline\n        post {\n          id\n          postNumber\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n": types.ForumSearchDocument,
    "\n  query MentionCandidates($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query ForumUnreadTopicsCard($categories: Int!, $topics: Int!) {\n    forumCategories(first: $categories) {\n      nodes {\n        id\n        name\n        watchLevel\n        unreadTopicCount\n      }\n    }\n    forumTopics(first: $topics) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n    }\n  }\n": types.ForumUnreadTopicsCardDocument,
    "\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n": types.HomeMeDocument,
    "\n  query IncidentList($filter: IncidentFilterInput, $first: Int!, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        severity\n        tlp\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.IncidentListDocument,
    "\n  query IncidentOnCertDuty {\n    onCertDuty\n  }\n": types.IncidentOnCertDutyDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      description\n      kind\n      severity\n      tlp\n      status\n      channelId\n      createdAt\n      closedAt\n      canManage\n      organisation {\n        id\n        name\n      }\n      reporter {\n        id\n        displayName\n      }\n      answerSummary {\n        affected\n        answered\n        affectedConfirmed\n      }\n      myAffectedOrganisation {\n        organisationId\n        situation\n        note\n        consentToProvider\n      }\n    }\n  }\n": types.IncidentDetailDocument,
    "\n  query IncidentAffected($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      affectedOrganisations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          organisationId\n          organisationName\n          reason\n          services\n          situation\n          note\n          answeredAt\n          answeredBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.IncidentAffectedDocument,
    "\n  query IncidentParticipants($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          memberId\n          reason\n          member {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.IncidentParticipantsDocument,
    "\n  query IncidentTimeline($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          text\n          refersToId\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.IncidentTimelineDocument,
    "\n  mutation UpdateIncidentStatus($id: ID!, $status: IncidentStatus!, $note: String) {\n    updateIncidentStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      closedAt\n    }\n  }\n": types.UpdateIncidentStatusDocument,
    "\n  mutation AnswerIncidentSituation($id: ID!, $input: AnswerIncidentSituationInput!) {\n    answerIncidentSituation(id: $id, input: $input) {\n      organisationId\n      situation\n      note\n    }\n  }\n": types.AnswerIncidentSituationDocument,
    "\n  mutation AddIncidentTimelineEntry($id: ID!, $input: AddIncidentTimelineEntryInput!) {\n    addIncidentTimelineEntry(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AddIncidentTimelineEntryDocument,
    "\n  query ResponseIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      kind\n      tlp\n      status\n      createdAt\n    }\n  }\n": types.ResponseIncidentDocument,
    "\n  query IncidentTasks($incidentId: ID!, $kind: String) {\n    incidentTasks(incidentId: $incidentId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        dueAt\n        obligation\n        assigneeId\n        assigneeName\n        fulfilledAt\n        fulfilmentNote\n      }\n    }\n    taskTemplates(incidentKind: $kind, first: 50) {\n      nodes {\n        id\n        name\n        description\n        items {\n          title\n        }\n      }\n    }\n  }\n": types.IncidentTasksDocument,
    "\n  query IncidentPeople($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      participants(first: 100) {\n        nodes {\n          member {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.IncidentPeopleDocument,
    "\n  mutation CreateIncidentTask($input: CreateIncidentTaskInput!) {\n    createIncidentTask(input: $input) {\n      id\n    }\n  }\n": types.CreateIncidentTaskDocument,
    "\n  mutation UpdateIncidentTask($input: UpdateIncidentTaskInput!) {\n    updateIncidentTask(input: $input) {\n      id\n      status\n      assigneeId\n      assigneeName\n    }\n  }\n": types.UpdateIncidentTaskDocument,
    "\n  mutation ApplyTaskTemplate($incidentId: ID!, $templateId: ID!) {\n    applyTaskTemplate(incidentId: $incidentId, templateId: $templateId) {\n      id\n    }\n  }\n": types.ApplyTaskTemplateDocument,
    "\n  mutation FulfilReportingObligation($input: FulfilReportingObligationInput!) {\n    fulfilReportingObligation(input: $input) {\n      id\n      status\n      fulfilledAt\n      fulfilmentNote\n    }\n  }\n": types.FulfilReportingObligationDocument,
    "\n  query MirtDeployments($incidentId: ID!) {\n    mirtDeployments(incidentId: $incidentId, first: 20) {\n      nodes {\n        id\n        status\n        reason\n        onSiteAddress\n        phoneNumbers\n        requestedByName\n        requestingOrganisationName\n        decisionReason\n        decidedAt\n        onSiteAt\n        completedAt\n        createdAt\n        team {\n          memberId\n          displayName\n        }\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n      canRequest\n    }\n  }\n": types.MirtDeploymentsDocument,
    "\n  query MirtCandidates($incidentId: ID!) {\n    mirtCandidates(incidentId: $incidentId) {\n      id\n      displayName\n    }\n  }\n": types.MirtCandidatesDocument,
    "\n  mutation RequestMirt($input: RequestMirtInput!) {\n    requestMirt(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestMirtDocument,
    "\n  mutation DecideMirt($input: DecideMirtInput!) {\n    decideMirt(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n": types.DecideMirtDocument,
    "\n  mutation AssignMirtTeam($input: AssignMirtTeamInput!) {\n    assignMirtTeam(input: $input) {\n      id\n      team {\n        memberId\n        displayName\n      }\n    }\n  }\n": types.AssignMirtTeamDocument,
    "\n  mutation AdvanceMirt($input: AdvanceMirtInput!) {\n    advanceMirt(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdvanceMirtDocument,
    "\n  query SituationReport($incidentId: ID!) {\n    situationReport(incidentId: $incidentId) {\n      incidentId\n      reportMarkdown\n      generatedAt\n      tlp\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n    }\n  }\n": types.SituationReportDocument,
    "\n  mutation ClearForSharing($input: ClearForSharingInput!) {\n    clearSituationReportForSharing(input: $input) {\n      incidentId\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n  }\n": types.ClearForSharingDocument,
    "\n  query IncidentCsaf($incidentId: ID!) {\n    incidentCsaf(incidentId: $incidentId)\n  }\n": types.IncidentCsafDocument,
    "\n  query MyEmergencyPhone {\n    myEmergencyPhone\n  }\n": types.MyEmergencyPhoneDocument,
    "\n  mutation SetMyEmergencyPhone($phone: String) {\n    setMyEmergencyPhone(phone: $phone)\n  }\n": types.SetMyEmergencyPhoneDocument,
    "\n  query MailSettings {\n    myMailPreferences {\n      kind\n      label\n      frequency\n      allowedFrequencies\n      locked\n    }\n    myOpenPgpKey {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n": types.MailSettingsDocument,
    "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      frequency\n      locked\n    }\n  }\n": types.SetMailPreferenceDocument,
    "\n  mutation SetMyOpenPgpKey($input: SetOpenPgpKeyInput!) {\n    setMyOpenPgpKey(input: $input) {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n": types.SetMyOpenPgpKeyDocument,
    "\n  mutation RemoveMyOpenPgpKey {\n    removeMyOpenPgpKey\n  }\n": types.RemoveMyOpenPgpKeyDocument,
    "\n  query MailDeliveries($state: MailDeliveryState, $first: Int!, $after: String) {\n    mailDeliveries(state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        toAddress\n        kind\n        subject\n        state\n        attempts\n        lastError\n        createdAt\n        updatedAt\n        sentAt\n      }\n    }\n  }\n": types.MailDeliveriesDocument,
    "\n  mutation ResendMailDelivery($id: ID!) {\n    resendMailDelivery(id: $id) {\n      id\n      state\n      lastError\n      attempts\n      updatedAt\n    }\n  }\n": types.ResendMailDeliveryDocument,
    "\n  fragment MemberListItem on Member {\n    id\n    displayName\n    handle\n    position\n    expertiseTags\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": types.MemberListItemFragmentDoc,
    "\n  query MemberDirectory(\n    $search: String\n    $organisationKind: OrganisationKind\n    $organisationId: ID\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      search: $search\n      organisationKind: $organisationKind\n      organisationId: $organisationId\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...MemberListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MemberDirectoryDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      handle\n      position\n      bio\n      expertiseTags\n      email\n      phone\n      organisationRole\n      platformRole\n      status\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    me {\n      id\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationItem on Notification {\n    id\n    kind\n    title\n    body\n    targetType\n    targetId\n    createdAt\n    readAt\n  }\n": types.NotificationItemFragmentDoc,
    "\n  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query OrganisationDirectory(\n    $search: String\n    $kind: OrganisationKind\n    $district: String\n    $first: Int!\n    $after: String\n  ) {\n    organisations(search: $search, kind: $kind, district: $district, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OrganisationDirectoryDocument,
    "\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n": types.OrganisationProfileDocument,
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
export function graphql(source: "\n  query AppMe {\n    me {\n      id\n      displayName\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppMe {\n    me {\n      id\n      displayName\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AdminMe {\n    me {\n      id\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMe {\n    me {\n      id\n      platformRole\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberRow on Member {\n    id\n    displayName\n    email\n    status\n    organisationRole\n    platformRole\n    totpEnabled\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberRow on Member {\n    id\n    displayName\n    email\n    status\n    organisationRole\n    platformRole\n    totpEnabled\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers(\n    $organisationId: ID\n    $status: MemberStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      organisationId: $organisationId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...AdminMemberRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers(\n    $organisationId: ID\n    $status: MemberStatus\n    $search: String\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      organisationId: $organisationId\n      status: $status\n      search: $search\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...AdminMemberRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPendingInvitations($organisationId: ID, $first: Int!, $after: String) {\n    pendingInvitations(organisationId: $organisationId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        expiresAt\n        expired\n        member {\n          id\n          displayName\n          email\n          organisationRole\n          organisation {\n            id\n            name\n          }\n        }\n        invitedBy {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminPendingInvitations($organisationId: ID, $first: Int!, $after: String) {\n    pendingInvitations(organisationId: $organisationId, first: $first, after: $after) {\n      nodes {\n        id\n        createdAt\n        expiresAt\n        expired\n        member {\n          id\n          displayName\n          email\n          organisationRole\n          organisation {\n            id\n            name\n          }\n        }\n        invitedBy {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      expiresAt\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation AdminInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      expiresAt\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n"): (typeof documents)["\n  mutation AdminRevokeInvitation($invitationId: ID!) {\n    revokeInvitation(invitationId: $invitationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTotpForAll {\n    totpRequiredForAll\n  }\n"): (typeof documents)["\n  query AdminTotpForAll {\n    totpRequiredForAll\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetTotpForAll($required: Boolean!) {\n    setTotpRequiredForAll(required: $required)\n  }\n"): (typeof documents)["\n  mutation AdminSetTotpForAll($required: Boolean!) {\n    setTotpRequiredForAll(required: $required)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      handle\n      position\n      createdAt\n      ...AdminMemberRow\n    }\n  }\n"): (typeof documents)["\n  query AdminMember($id: ID!) {\n    member(id: $id) {\n      id\n      handle\n      position\n      createdAt\n      ...AdminMemberRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMemberSessions($memberId: ID!) {\n    memberSessions(memberId: $memberId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n    }\n  }\n"): (typeof documents)["\n  query AdminMemberSessions($memberId: ID!) {\n    memberSessions(memberId: $memberId) {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      organisationRole\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetMemberRoles($input: SetMemberRolesInput!) {\n    setMemberRoles(input: $input) {\n      id\n      organisationRole\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableMember($memberId: ID!) {\n    disableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDisableMember($memberId: ID!) {\n    disableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEnableMember($memberId: ID!) {\n    enableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminEnableMember($memberId: ID!) {\n    enableMember(memberId: $memberId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeSession($sessionId: ID!) {\n    revokeSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation AdminRevokeSession($sessionId: ID!) {\n    revokeSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeMemberSessions($memberId: ID!) {\n    revokeMemberSessions(memberId: $memberId)\n  }\n"): (typeof documents)["\n  mutation AdminRevokeMemberSessions($memberId: ID!) {\n    revokeMemberSessions(memberId: $memberId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetMemberTotp($memberId: ID!) {\n    resetMemberTotp(memberId: $memberId) {\n      id\n      totpEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResetMemberTotp($memberId: ID!) {\n    resetMemberTotp(memberId: $memberId) {\n      id\n      totpEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($search: String, $kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(search: $search, kind: $kind, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($search: String, $kind: OrganisationKind, $first: Int!, $after: String) {\n    organisations(search: $search, kind: $kind, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrganisation($input: OrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      district\n      governmentRegion\n      municipalityKey\n      population\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOrganisation($id: ID!, $input: OrganisationInput!) {\n    updateOrganisation(id: $id, input: $input) {\n      id\n      name\n      district\n      governmentRegion\n      municipalityKey\n      population\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetServiceRelation($input: ServiceRelationInput!) {\n    setServiceRelation(input: $input) {\n      id\n      services\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetServiceRelation($input: ServiceRelationInput!) {\n    setServiceRelation(input: $input) {\n      id\n      services\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveServiceRelation($providerId: ID!, $municipalityId: ID!) {\n    removeServiceRelation(providerId: $providerId, municipalityId: $municipalityId)\n  }\n"): (typeof documents)["\n  mutation AdminRemoveServiceRelation($providerId: ID!, $municipalityId: ID!) {\n    removeServiceRelation(providerId: $providerId, municipalityId: $municipalityId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminCategoryFields on ForumCategory {\n    id\n    name\n    description\n    position\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n  }\n"): (typeof documents)["\n  fragment AdminCategoryFields on ForumCategory {\n    id\n    name\n    description\n    position\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminForumCategories($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...AdminCategoryFields\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminForumCategories($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...AdminCategoryFields\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminForumCategory($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n"): (typeof documents)["\n  query AdminForumCategory($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateForumCategory($input: ForumCategoryInput!) {\n    createForumCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateForumCategory($id: ID!, $input: ForumCategoryInput!) {\n    updateForumCategory(id: $id, input: $input) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateForumCategory($id: ID!, $input: ForumCategoryInput!) {\n    updateForumCategory(id: $id, input: $input) {\n      id\n      ...AdminCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisationNames($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisationNames($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditEvents(\n    $action: String\n    $actorId: ID\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      action: $action\n      actorId: $actorId\n      targetId: $targetId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        createdAt\n        action\n        targetType\n        targetId\n        ip\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditEvents(\n    $action: String\n    $actorId: ID\n    $targetId: String\n    $from: DateTime\n    $to: DateTime\n    $first: Int!\n    $after: String\n  ) {\n    auditEvents(\n      action: $action\n      actorId: $actorId\n      targetId: $targetId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        createdAt\n        action\n        targetType\n        targetId\n        ip\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMemberPicker($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMemberPicker($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdvisoryListItem on Advisory {\n    id\n    trackingId\n    title\n    summary\n    tlp\n    severity\n    status\n    version\n    cves\n    cvssScore\n    publisherName\n    currentReleaseDate\n    updatedAt\n    myAcknowledgement {\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment AdvisoryListItem on Advisory {\n    id\n    trackingId\n    title\n    summary\n    tlp\n    severity\n    status\n    version\n    cves\n    cvssScore\n    publisherName\n    currentReleaseDate\n    updatedAt\n    myAcknowledgement {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryViewer {\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryViewer {\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenAdvisories($first: Int!, $after: String) {\n    openAdvisories(first: $first, after: $after) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OpenAdvisories($first: Int!, $after: String) {\n    openAdvisories(first: $first, after: $after) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryList(\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisories(\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryList(\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisories(\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        id\n        ...AdvisoryListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisorySearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisorySearch(\n      query: $query\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        headline\n        advisory {\n          id\n          ...AdvisoryListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdvisorySearch(\n    $query: String!\n    $first: Int!\n    $after: String\n    $cve: String\n    $severity: AdvisorySeverity\n    $tlp: TlpLabel\n    $status: AdvisoryStatus\n  ) {\n    advisorySearch(\n      query: $query\n      first: $first\n      after: $after\n      cve: $cve\n      severity: $severity\n      tlp: $tlp\n      status: $status\n    ) {\n      nodes {\n        headline\n        advisory {\n          id\n          ...AdvisoryListItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AcknowledgementItem on AdvisoryAcknowledgement {\n    status\n    note\n    memberId\n    at\n  }\n"): (typeof documents)["\n  fragment AcknowledgementItem on AdvisoryAcknowledgement {\n    status\n    note\n    memberId\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryDetail($id: ID!) {\n    advisory(id: $id) {\n      id\n      trackingId\n      title\n      summary\n      tlp\n      severity\n      status\n      version\n      bodyHtml\n      bodyMarkdown\n      cves\n      cvssVector\n      cvssScore\n      remediation\n      publisherName\n      initialReleaseDate\n      currentReleaseDate\n      createdAt\n      updatedAt\n      canManage\n      author {\n        id\n        displayName\n      }\n      products {\n        vendor\n        product\n        version\n        cpe\n        purl\n      }\n      references {\n        url\n        summary\n      }\n      revisions {\n        version\n        status\n        tlp\n        changeSummary\n        publishedAt\n      }\n      recipients {\n        organisations {\n          id\n          name\n          kind\n        }\n        members {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n        forwardedTo {\n          id\n          name\n        }\n      }\n      myAcknowledgement {\n        ...AcknowledgementItem\n      }\n      myAcknowledgementHistory {\n        ...AcknowledgementItem\n      }\n    }\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryDetail($id: ID!) {\n    advisory(id: $id) {\n      id\n      trackingId\n      title\n      summary\n      tlp\n      severity\n      status\n      version\n      bodyHtml\n      bodyMarkdown\n      cves\n      cvssVector\n      cvssScore\n      remediation\n      publisherName\n      initialReleaseDate\n      currentReleaseDate\n      createdAt\n      updatedAt\n      canManage\n      author {\n        id\n        displayName\n      }\n      products {\n        vendor\n        product\n        version\n        cpe\n        purl\n      }\n      references {\n        url\n        summary\n      }\n      revisions {\n        version\n        status\n        tlp\n        changeSummary\n        publishedAt\n      }\n      recipients {\n        organisations {\n          id\n          name\n          kind\n        }\n        members {\n          id\n          displayName\n          organisation {\n            id\n            name\n          }\n        }\n        forwardedTo {\n          id\n          name\n        }\n      }\n      myAcknowledgement {\n        ...AcknowledgementItem\n      }\n      myAcknowledgementHistory {\n        ...AcknowledgementItem\n      }\n    }\n    me {\n      id\n      organisationRole\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryAcknowledger($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryAcknowledger($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAdvisory($id: ID!, $input: AcknowledgeAdvisoryInput!) {\n    acknowledgeAdvisory(id: $id, input: $input) {\n      ...AcknowledgementItem\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAdvisory($id: ID!, $input: AcknowledgeAdvisoryInput!) {\n    acknowledgeAdvisory(id: $id, input: $input) {\n      ...AcknowledgementItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryStatusOverviewPanel($id: ID!) {\n    advisoryStatusOverview(id: $id) {\n      advisoryId\n      expectedCount\n      notRespondedCount\n      byStatus {\n        status\n        count\n        organisations {\n          id\n          name\n        }\n      }\n      notResponded {\n        id\n        name\n      }\n      withoutResponder {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryStatusOverviewPanel($id: ID!) {\n    advisoryStatusOverview(id: $id) {\n      advisoryId\n      expectedCount\n      notRespondedCount\n      byStatus {\n        status\n        count\n        organisations {\n          id\n          name\n        }\n      }\n      notResponded {\n        id\n        name\n      }\n      withoutResponder {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindAdvisoryNonResponders($id: ID!) {\n    remindAdvisoryNonResponders(id: $id) {\n      notifiedMembers\n      nextReminderAllowedAt\n      organisations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemindAdvisoryNonResponders($id: ID!) {\n    remindAdvisoryNonResponders(id: $id) {\n      notifiedMembers\n      nextReminderAllowedAt\n      organisations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryCsafExport($id: ID!) {\n    advisoryCsaf(id: $id)\n  }\n"): (typeof documents)["\n  query AdvisoryCsafExport($id: ID!) {\n    advisoryCsaf(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAdvisory($input: CreateAdvisoryInput!) {\n    createAdvisory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAdvisory($input: CreateAdvisoryInput!) {\n    createAdvisory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAdvisory($id: ID!, $input: AdvisoryContentInput!) {\n    updateAdvisory(id: $id, input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAdvisory($id: ID!, $input: AdvisoryContentInput!) {\n    updateAdvisory(id: $id, input: $input) {\n      id\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAdvisory($id: ID!, $input: PublishAdvisoryInput!) {\n    publishAdvisory(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAdvisory($id: ID!, $input: PublishAdvisoryInput!) {\n    publishAdvisory(id: $id, input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseAdvisoryTlp($id: ID!, $tlp: TlpLabel!) {\n    raiseAdvisoryTlp(id: $id, tlp: $tlp) {\n      id\n      tlp\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseAdvisoryTlp($id: ID!, $tlp: TlpLabel!) {\n    raiseAdvisoryTlp(id: $id, tlp: $tlp) {\n      id\n      tlp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LowerAdvisoryTlp($id: ID!, $tlp: TlpLabel!, $reason: String!) {\n    lowerAdvisoryTlp(id: $id, tlp: $tlp, reason: $reason) {\n      id\n      tlp\n    }\n  }\n"): (typeof documents)["\n  mutation LowerAdvisoryTlp($id: ID!, $tlp: TlpLabel!, $reason: String!) {\n    lowerAdvisoryTlp(id: $id, tlp: $tlp, reason: $reason) {\n      id\n      tlp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAdvisoryRecipients($id: ID!, $input: AdvisoryRecipientsInput!) {\n    setAdvisoryRecipients(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetAdvisoryRecipients($id: ID!, $input: AdvisoryRecipientsInput!) {\n    setAdvisoryRecipients(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardAdvisory($id: ID!) {\n    forwardAdvisory(id: $id)\n  }\n"): (typeof documents)["\n  mutation ForwardAdvisory($id: ID!) {\n    forwardAdvisory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCsafAdvisory($document: JSON!) {\n    importCsafAdvisory(document: $document) {\n      id\n      title\n      trackingId\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCsafAdvisory($document: JSON!) {\n    importCsafAdvisory(document: $document) {\n      id\n      title\n      trackingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryRecipientOrganisations($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryRecipientOrganisations($search: String, $kind: OrganisationKind, $first: Int!) {\n    organisations(search: $search, kind: $kind, first: $first) {\n      nodes {\n        id\n        name\n        kind\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryProviderMunicipalities($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      serviceRelations {\n        id\n        provider {\n          id\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryProviderMunicipalities($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      serviceRelations {\n        id\n        provider {\n          id\n        }\n        municipality {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvisoryRecipientMembers($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdvisoryRecipientMembers($search: String, $first: Int!) {\n    members(search: $search, first: $first) {\n      nodes {\n        id\n        displayName\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatChannels {\n    me {\n      id\n    }\n    channels {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      unreadCount\n      mentionCount\n      members {\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n    publicChannels(first: 50) {\n      id\n      name\n      topic\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query ChatChannels {\n    me {\n      id\n    }\n    channels {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      unreadCount\n      mentionCount\n      members {\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n    publicChannels(first: 50) {\n      id\n      name\n      topic\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatChannel($id: ID!) {\n    me {\n      id\n      displayName\n    }\n    channel(id: $id) {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      lastChangeSeq\n      lastReadSeq\n      myRole\n      members {\n        memberId\n        role\n        member {\n          id\n          displayName\n          handle\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatChannel($id: ID!) {\n    me {\n      id\n      displayName\n    }\n    channel(id: $id) {\n      id\n      kind\n      name\n      topic\n      tlp\n      archivedAt\n      lastSeq\n      lastChangeSeq\n      lastReadSeq\n      myRole\n      members {\n        memberId\n        role\n        member {\n          id\n          displayName\n          handle\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatHistory($channelId: ID!, $before: Int, $first: Int!) {\n    messages(channelId: $channelId, before: $before, first: $first) {\n      hasMore\n      nodes {\n        id\n        channelId\n        seq\n        changeSeq\n        clientMessageId\n        senderId\n        body\n        threadRootId\n        editedAt\n        deletedAt\n        createdAt\n        reactions {\n          emoji\n          count\n          memberIds\n        }\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatHistory($channelId: ID!, $before: Int, $first: Int!) {\n    messages(channelId: $channelId, before: $before, first: $first) {\n      hasMore\n      nodes {\n        id\n        channelId\n        seq\n        changeSeq\n        clientMessageId\n        senderId\n        body\n        threadRootId\n        editedAt\n        deletedAt\n        createdAt\n        reactions {\n          emoji\n          count\n          memberIds\n        }\n        sender {\n          id\n          displayName\n          handle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkChannelRead($channelId: ID!, $seq: Int!) {\n    markChannelRead(channelId: $channelId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkChannelRead($channelId: ID!, $seq: Int!) {\n    markChannelRead(channelId: $channelId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n      mentionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDirectChannel($memberIds: [ID!]!) {\n    openDirectChannel(memberIds: $memberIds) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenDirectChannel($memberIds: [ID!]!) {\n    openDirectChannel(memberIds: $memberIds) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinPublicChannel($channelId: ID!) {\n    joinPublicChannel(channelId: $channelId) {\n      id\n      myRole\n    }\n  }\n"): (typeof documents)["\n  mutation JoinPublicChannel($channelId: ID!) {\n    joinPublicChannel(channelId: $channelId) {\n      id\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatMemberSearch($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatMemberSearch($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumCategoryItem on ForumCategory {\n    id\n    name\n    description\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n    unreadTopicCount\n    watchLevel\n    canPost\n  }\n"): (typeof documents)["\n  fragment ForumCategoryItem on ForumCategory {\n    id\n    name\n    description\n    readKinds\n    postKinds\n    organisationIds\n    topicCount\n    unreadTopicCount\n    watchLevel\n    canPost\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumTopicItem on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    postCount\n    unreadCount\n    lastPostAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ForumTopicItem on ForumTopic {\n    id\n    title\n    pinned\n    locked\n    postCount\n    unreadCount\n    lastPostAt\n    createdAt\n    author {\n      id\n      displayName\n    }\n    category {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumOverview($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...ForumCategoryItem\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  query ForumOverview($first: Int!) {\n    forumCategories(first: $first) {\n      nodes {\n        id\n        ...ForumCategoryItem\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumTopics($categoryId: ID, $authorId: ID, $first: Int!, $after: String) {\n    forumTopics(categoryId: $categoryId, authorId: $authorId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n"): (typeof documents)["\n  query ForumTopics($categoryId: ID, $authorId: ID, $first: Int!, $after: String) {\n    forumTopics(categoryId: $categoryId, authorId: $authorId, first: $first, after: $after) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCategoryPage($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...ForumCategoryItem\n    }\n  }\n"): (typeof documents)["\n  query ForumCategoryPage($id: ID!) {\n    forumCategory(id: $id) {\n      id\n      ...ForumCategoryItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchForumCategory($categoryId: ID!, $level: ForumWatchLevel!) {\n    watchForumCategory(categoryId: $categoryId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n"): (typeof documents)["\n  mutation WatchForumCategory($categoryId: ID!, $level: ForumWatchLevel!) {\n    watchForumCategory(categoryId: $categoryId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumPostItem on ForumPost {\n    id\n    postNumber\n    html\n    raw\n    hidden\n    createdAt\n    editedAt\n    topicId\n    quotedPostId\n    author {\n      id\n      displayName\n      handle\n      organisation {\n        id\n        name\n      }\n    }\n    quotedPost {\n      postId\n      postNumber\n      topicId\n      excerpt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByMe\n    }\n  }\n"): (typeof documents)["\n  fragment ForumPostItem on ForumPost {\n    id\n    postNumber\n    html\n    raw\n    hidden\n    createdAt\n    editedAt\n    topicId\n    quotedPostId\n    author {\n      id\n      displayName\n      handle\n      organisation {\n        id\n        name\n      }\n    }\n    quotedPost {\n      postId\n      postNumber\n      topicId\n      excerpt\n      author {\n        id\n        displayName\n      }\n    }\n    reactions {\n      kind\n      count\n      reactedByMe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumTopicPage($id: ID!, $first: Int!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      title\n      pinned\n      locked\n      watchLevel\n      lastReadPostNumber\n      unreadCount\n      postCount\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          id\n          ...ForumPostItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  query ForumTopicPage($id: ID!, $first: Int!, $after: String) {\n    forumTopic(id: $id) {\n      id\n      title\n      pinned\n      locked\n      watchLevel\n      lastReadPostNumber\n      unreadCount\n      postCount\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n      posts(first: $first, after: $after) {\n        nodes {\n          id\n          ...ForumPostItem\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        totalCount\n      }\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkForumTopicRead($topicId: ID!, $postNumber: Int!) {\n    markForumTopicRead(topicId: $topicId, postNumber: $postNumber) {\n      id\n      lastReadPostNumber\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkForumTopicRead($topicId: ID!, $postNumber: Int!) {\n    markForumTopicRead(topicId: $topicId, postNumber: $postNumber) {\n      id\n      lastReadPostNumber\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      id\n      ...ForumPostItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumPost($input: CreateForumPostInput!) {\n    createForumPost(input: $input) {\n      id\n      ...ForumPostItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumTopic($input: CreateForumTopicInput!) {\n    createForumTopic(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    reactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    reactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnreactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    unreactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnreactToForumPost($postId: ID!, $kind: ForumReactionKind!) {\n    unreactToForumPost(postId: $postId, kind: $kind) {\n      id\n      reactions {\n        kind\n        count\n        reactedByMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchForumTopic($topicId: ID!, $level: ForumWatchLevel!) {\n    watchForumTopic(topicId: $topicId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n"): (typeof documents)["\n  mutation WatchForumTopic($topicId: ID!, $level: ForumWatchLevel!) {\n    watchForumTopic(topicId: $topicId, level: $level) {\n      id\n      watchLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FlagForumPost($input: FlagForumPostInput!) {\n    flagForumPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideForumPost($postId: ID!) {\n    hideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation HideForumPost($postId: ID!) {\n    hideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideForumPost($postId: ID!) {\n    unhideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideForumPost($postId: ID!) {\n    unhideForumPost(postId: $postId) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockForumTopic($topicId: ID!) {\n    lockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation LockForumTopic($topicId: ID!) {\n    lockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockForumTopic($topicId: ID!) {\n    unlockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockForumTopic($topicId: ID!) {\n    unlockForumTopic(topicId: $topicId) {\n      id\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinForumTopic($topicId: ID!) {\n    pinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinForumTopic($topicId: ID!) {\n    pinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinForumTopic($topicId: ID!) {\n    unpinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinForumTopic($topicId: ID!) {\n    unpinForumTopic(topicId: $topicId) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveForumTopic($topicId: ID!, $categoryId: ID!, $allowWiderAudience: Boolean!) {\n    moveForumTopic(\n      topicId: $topicId\n      categoryId: $categoryId\n      allowWiderAudience: $allowWiderAudience\n    ) {\n      id\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveForumTopic($topicId: ID!, $categoryId: ID!, $allowWiderAudience: Boolean!) {\n    moveForumTopic(\n      topicId: $topicId\n      categoryId: $categoryId\n      allowWiderAudience: $allowWiderAudience\n    ) {\n      id\n      categoryId\n      category {\n        id\n        name\n        canPost\n        readKinds\n        organisationIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissForumFlags($postId: ID!) {\n    dismissForumFlags(postId: $postId)\n  }\n"): (typeof documents)["\n  mutation DismissForumFlags($postId: ID!) {\n    dismissForumFlags(postId: $postId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumFlagQueue($first: Int!, $after: String) {\n    forumFlagQueue(first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        createdAt\n        postId\n        reporter {\n          id\n          displayName\n        }\n        post {\n          id\n          topicId\n          postNumber\n          hidden\n          html\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ForumFlagQueue($first: Int!, $after: String) {\n    forumFlagQueue(first: $first, after: $after) {\n      nodes {\n        id\n        reason\n        note\n        createdAt\n        postId\n        reporter {\n          id\n          displayName\n        }\n        post {\n          id\n          topicId\n          postNumber\n          hidden\n          html\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPostLocate($id: ID!) {\n    forumPost(id: $id) {\n      id\n      topicId\n      postNumber\n    }\n  }\n"): (typeof documents)["\n  query ForumPostLocate($id: ID!) {\n    forumPost(id: $id) {\n      id\n      topicId\n      postNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumSearch(\n    $query: String!\n    $categoryId: ID\n    $from: DateTime\n    $to: DateTime\n    $after: String\n  ) {\n    forumSearch(\n      query: $query\n      categoryId: $categoryId\n      from: $from\n      to: $to\n      first: 20\n      after: $after\n    ) {\n      nodes {\n        topicId\n        topicTitle\n        categoryId\n        headline\n        post {\n          id\n          postNumber\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n"): (typeof documents)["\n  query ForumSearch(\n    $query: String!\n    $categoryId: ID\n    $from: DateTime\n    $to: DateTime\n    $after: String\n  ) {\n    forumSearch(\n      query: $query\n      categoryId: $categoryId\n      from: $from\n      to: $to\n      first: 20\n      after: $after\n    ) {\n      nodes {\n        topicId\n        topicTitle\n        categoryId\n        headline\n        post {\n          id\n          postNumber\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n      totalCountIsExact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($search: String!) {\n    members(search: $search, first: 8) {\n      nodes {\n        id\n        displayName\n        handle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumUnreadTopicsCard($categories: Int!, $topics: Int!) {\n    forumCategories(first: $categories) {\n      nodes {\n        id\n        name\n        watchLevel\n        unreadTopicCount\n      }\n    }\n    forumTopics(first: $topics) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumUnreadTopicsCard($categories: Int!, $topics: Int!) {\n    forumCategories(first: $categories) {\n      nodes {\n        id\n        name\n        watchLevel\n        unreadTopicCount\n      }\n    }\n    forumTopics(first: $topics) {\n      nodes {\n        id\n        ...ForumTopicItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query HomeMe {\n    me {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentList($filter: IncidentFilterInput, $first: Int!, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        severity\n        tlp\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentList($filter: IncidentFilterInput, $first: Int!, $after: String) {\n    incidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        severity\n        tlp\n        status\n        createdAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentOnCertDuty {\n    onCertDuty\n  }\n"): (typeof documents)["\n  query IncidentOnCertDuty {\n    onCertDuty\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      description\n      kind\n      severity\n      tlp\n      status\n      channelId\n      createdAt\n      closedAt\n      canManage\n      organisation {\n        id\n        name\n      }\n      reporter {\n        id\n        displayName\n      }\n      answerSummary {\n        affected\n        answered\n        affectedConfirmed\n      }\n      myAffectedOrganisation {\n        organisationId\n        situation\n        note\n        consentToProvider\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      description\n      kind\n      severity\n      tlp\n      status\n      channelId\n      createdAt\n      closedAt\n      canManage\n      organisation {\n        id\n        name\n      }\n      reporter {\n        id\n        displayName\n      }\n      answerSummary {\n        affected\n        answered\n        affectedConfirmed\n      }\n      myAffectedOrganisation {\n        organisationId\n        situation\n        note\n        consentToProvider\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentAffected($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      affectedOrganisations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          organisationId\n          organisationName\n          reason\n          services\n          situation\n          note\n          answeredAt\n          answeredBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentAffected($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      affectedOrganisations(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          organisationId\n          organisationName\n          reason\n          services\n          situation\n          note\n          answeredAt\n          answeredBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentParticipants($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          memberId\n          reason\n          member {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentParticipants($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      participants(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          memberId\n          reason\n          member {\n            id\n            displayName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentTimeline($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          text\n          refersToId\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentTimeline($id: ID!, $first: Int!, $after: String) {\n    incident(id: $id) {\n      id\n      timeline(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          text\n          refersToId\n          createdAt\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIncidentStatus($id: ID!, $status: IncidentStatus!, $note: String) {\n    updateIncidentStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIncidentStatus($id: ID!, $status: IncidentStatus!, $note: String) {\n    updateIncidentStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerIncidentSituation($id: ID!, $input: AnswerIncidentSituationInput!) {\n    answerIncidentSituation(id: $id, input: $input) {\n      organisationId\n      situation\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerIncidentSituation($id: ID!, $input: AnswerIncidentSituationInput!) {\n    answerIncidentSituation(id: $id, input: $input) {\n      organisationId\n      situation\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIncidentTimelineEntry($id: ID!, $input: AddIncidentTimelineEntryInput!) {\n    addIncidentTimelineEntry(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddIncidentTimelineEntry($id: ID!, $input: AddIncidentTimelineEntryInput!) {\n    addIncidentTimelineEntry(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      kind\n      tlp\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query ResponseIncident($id: ID!) {\n    incident(id: $id) {\n      id\n      title\n      kind\n      tlp\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentTasks($incidentId: ID!, $kind: String) {\n    incidentTasks(incidentId: $incidentId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        dueAt\n        obligation\n        assigneeId\n        assigneeName\n        fulfilledAt\n        fulfilmentNote\n      }\n    }\n    taskTemplates(incidentKind: $kind, first: 50) {\n      nodes {\n        id\n        name\n        description\n        items {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentTasks($incidentId: ID!, $kind: String) {\n    incidentTasks(incidentId: $incidentId, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        description\n        status\n        dueAt\n        obligation\n        assigneeId\n        assigneeName\n        fulfilledAt\n        fulfilmentNote\n      }\n    }\n    taskTemplates(incidentKind: $kind, first: 50) {\n      nodes {\n        id\n        name\n        description\n        items {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentPeople($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      participants(first: 100) {\n        nodes {\n          member {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentPeople($incidentId: ID!) {\n    incident(id: $incidentId) {\n      id\n      participants(first: 100) {\n        nodes {\n          member {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIncidentTask($input: CreateIncidentTaskInput!) {\n    createIncidentTask(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIncidentTask($input: CreateIncidentTaskInput!) {\n    createIncidentTask(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIncidentTask($input: UpdateIncidentTaskInput!) {\n    updateIncidentTask(input: $input) {\n      id\n      status\n      assigneeId\n      assigneeName\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIncidentTask($input: UpdateIncidentTaskInput!) {\n    updateIncidentTask(input: $input) {\n      id\n      status\n      assigneeId\n      assigneeName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyTaskTemplate($incidentId: ID!, $templateId: ID!) {\n    applyTaskTemplate(incidentId: $incidentId, templateId: $templateId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyTaskTemplate($incidentId: ID!, $templateId: ID!) {\n    applyTaskTemplate(incidentId: $incidentId, templateId: $templateId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FulfilReportingObligation($input: FulfilReportingObligationInput!) {\n    fulfilReportingObligation(input: $input) {\n      id\n      status\n      fulfilledAt\n      fulfilmentNote\n    }\n  }\n"): (typeof documents)["\n  mutation FulfilReportingObligation($input: FulfilReportingObligationInput!) {\n    fulfilReportingObligation(input: $input) {\n      id\n      status\n      fulfilledAt\n      fulfilmentNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MirtDeployments($incidentId: ID!) {\n    mirtDeployments(incidentId: $incidentId, first: 20) {\n      nodes {\n        id\n        status\n        reason\n        onSiteAddress\n        phoneNumbers\n        requestedByName\n        requestingOrganisationName\n        decisionReason\n        decidedAt\n        onSiteAt\n        completedAt\n        createdAt\n        team {\n          memberId\n          displayName\n        }\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n      canRequest\n    }\n  }\n"): (typeof documents)["\n  query MirtDeployments($incidentId: ID!) {\n    mirtDeployments(incidentId: $incidentId, first: 20) {\n      nodes {\n        id\n        status\n        reason\n        onSiteAddress\n        phoneNumbers\n        requestedByName\n        requestingOrganisationName\n        decisionReason\n        decidedAt\n        onSiteAt\n        completedAt\n        createdAt\n        team {\n          memberId\n          displayName\n        }\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n      canRequest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MirtCandidates($incidentId: ID!) {\n    mirtCandidates(incidentId: $incidentId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query MirtCandidates($incidentId: ID!) {\n    mirtCandidates(incidentId: $incidentId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMirt($input: RequestMirtInput!) {\n    requestMirt(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMirt($input: RequestMirtInput!) {\n    requestMirt(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMirt($input: DecideMirtInput!) {\n    decideMirt(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMirt($input: DecideMirtInput!) {\n    decideMirt(input: $input) {\n      id\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMirtTeam($input: AssignMirtTeamInput!) {\n    assignMirtTeam(input: $input) {\n      id\n      team {\n        memberId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignMirtTeam($input: AssignMirtTeamInput!) {\n    assignMirtTeam(input: $input) {\n      id\n      team {\n        memberId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceMirt($input: AdvanceMirtInput!) {\n    advanceMirt(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceMirt($input: AdvanceMirtInput!) {\n    advanceMirt(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationReport($incidentId: ID!) {\n    situationReport(incidentId: $incidentId) {\n      incidentId\n      reportMarkdown\n      generatedAt\n      tlp\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n    }\n  }\n"): (typeof documents)["\n  query SituationReport($incidentId: ID!) {\n    situationReport(incidentId: $incidentId) {\n      incidentId\n      reportMarkdown\n      generatedAt\n      tlp\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n    mirtPermissions(incidentId: $incidentId) {\n      onDuty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearForSharing($input: ClearForSharingInput!) {\n    clearSituationReportForSharing(input: $input) {\n      incidentId\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClearForSharing($input: ClearForSharingInput!) {\n    clearSituationReportForSharing(input: $input) {\n      incidentId\n      exportable\n      clearance {\n        summary\n        tlp\n        clearedByName\n        clearedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentCsaf($incidentId: ID!) {\n    incidentCsaf(incidentId: $incidentId)\n  }\n"): (typeof documents)["\n  query IncidentCsaf($incidentId: ID!) {\n    incidentCsaf(incidentId: $incidentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEmergencyPhone {\n    myEmergencyPhone\n  }\n"): (typeof documents)["\n  query MyEmergencyPhone {\n    myEmergencyPhone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyEmergencyPhone($phone: String) {\n    setMyEmergencyPhone(phone: $phone)\n  }\n"): (typeof documents)["\n  mutation SetMyEmergencyPhone($phone: String) {\n    setMyEmergencyPhone(phone: $phone)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailSettings {\n    myMailPreferences {\n      kind\n      label\n      frequency\n      allowedFrequencies\n      locked\n    }\n    myOpenPgpKey {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query MailSettings {\n    myMailPreferences {\n      kind\n      label\n      frequency\n      allowedFrequencies\n      locked\n    }\n    myOpenPgpKey {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      frequency\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation SetMailPreference($input: SetMailPreferenceInput!) {\n    setMailPreference(input: $input) {\n      kind\n      frequency\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyOpenPgpKey($input: SetOpenPgpKeyInput!) {\n    setMyOpenPgpKey(input: $input) {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyOpenPgpKey($input: SetOpenPgpKeyInput!) {\n    setMyOpenPgpKey(input: $input) {\n      fingerprint\n      userIds\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyOpenPgpKey {\n    removeMyOpenPgpKey\n  }\n"): (typeof documents)["\n  mutation RemoveMyOpenPgpKey {\n    removeMyOpenPgpKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailDeliveries($state: MailDeliveryState, $first: Int!, $after: String) {\n    mailDeliveries(state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        toAddress\n        kind\n        subject\n        state\n        attempts\n        lastError\n        createdAt\n        updatedAt\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailDeliveries($state: MailDeliveryState, $first: Int!, $after: String) {\n    mailDeliveries(state: $state, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        toAddress\n        kind\n        subject\n        state\n        attempts\n        lastError\n        createdAt\n        updatedAt\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendMailDelivery($id: ID!) {\n    resendMailDelivery(id: $id) {\n      id\n      state\n      lastError\n      attempts\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendMailDelivery($id: ID!) {\n    resendMailDelivery(id: $id) {\n      id\n      state\n      lastError\n      attempts\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberListItem on Member {\n    id\n    displayName\n    handle\n    position\n    expertiseTags\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment MemberListItem on Member {\n    id\n    displayName\n    handle\n    position\n    expertiseTags\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDirectory(\n    $search: String\n    $organisationKind: OrganisationKind\n    $organisationId: ID\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      search: $search\n      organisationKind: $organisationKind\n      organisationId: $organisationId\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...MemberListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MemberDirectory(\n    $search: String\n    $organisationKind: OrganisationKind\n    $organisationId: ID\n    $first: Int!\n    $after: String\n  ) {\n    members(\n      search: $search\n      organisationKind: $organisationKind\n      organisationId: $organisationId\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        ...MemberListItem\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      handle\n      position\n      bio\n      expertiseTags\n      email\n      phone\n      organisationRole\n      platformRole\n      status\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      displayName\n      handle\n      position\n      bio\n      expertiseTags\n      email\n      phone\n      organisationRole\n      platformRole\n      status\n      createdAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    me {\n      id\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDirectory(\n    $search: String\n    $kind: OrganisationKind\n    $district: String\n    $first: Int!\n    $after: String\n  ) {\n    organisations(search: $search, kind: $kind, district: $district, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDirectory(\n    $search: String\n    $kind: OrganisationKind\n    $district: String\n    $first: Int!\n    $after: String\n  ) {\n    organisations(search: $search, kind: $kind, district: $district, first: $first, after: $after) {\n      nodes {\n        id\n        name\n        kind\n        district\n        municipalityKey\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationProfile($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      district\n      governmentRegion\n      municipalityKey\n      population\n      serviceRelations {\n        id\n        services\n        provider {\n          id\n          name\n        }\n        municipality {\n          id\n          name\n          district\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;