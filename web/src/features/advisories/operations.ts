import { graphql } from '../../gql';

export const PAGE_SIZE = 20;

export const AdvisoryListItemFragment = graphql(`
  fragment AdvisoryListItem on Advisory {
    id
    trackingId
    title
    summary
    tlp
    severity
    status
    version
    cves
    cvssScore
    publisherName
    currentReleaseDate
    updatedAt
    myAcknowledgement {
      status
    }
  }
`);

export const AdvisoryViewerQuery = graphql(`
  query AdvisoryViewer {
    me {
      id
      organisationRole
      organisation {
        id
        name
        kind
      }
    }
  }
`);

export const OpenAdvisoriesQuery = graphql(`
  query OpenAdvisories($first: Int!, $after: String) {
    openAdvisories(first: $first, after: $after) {
      nodes {
        id
        ...AdvisoryListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const AdvisoryListQuery = graphql(`
  query AdvisoryList(
    $first: Int!
    $after: String
    $cve: String
    $severity: AdvisorySeverity
    $tlp: TlpLabel
    $status: AdvisoryStatus
  ) {
    advisories(
      first: $first
      after: $after
      cve: $cve
      severity: $severity
      tlp: $tlp
      status: $status
    ) {
      nodes {
        id
        ...AdvisoryListItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const AdvisorySearchQuery = graphql(`
  query AdvisorySearch(
    $query: String!
    $first: Int!
    $after: String
    $cve: String
    $severity: AdvisorySeverity
    $tlp: TlpLabel
    $status: AdvisoryStatus
  ) {
    advisorySearch(
      query: $query
      first: $first
      after: $after
      cve: $cve
      severity: $severity
      tlp: $tlp
      status: $status
    ) {
      nodes {
        headline
        advisory {
          id
          ...AdvisoryListItem
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

export const AcknowledgementItemFragment = graphql(`
  fragment AcknowledgementItem on AdvisoryAcknowledgement {
    status
    note
    memberId
    at
  }
`);

export const AdvisoryDetailQuery = graphql(`
  query AdvisoryDetail($id: ID!) {
    advisory(id: $id) {
      id
      trackingId
      title
      summary
      tlp
      severity
      status
      version
      bodyHtml
      bodyMarkdown
      cves
      cvssVector
      cvssScore
      remediation
      publisherName
      initialReleaseDate
      currentReleaseDate
      createdAt
      updatedAt
      canManage
      author {
        id
        displayName
      }
      products {
        vendor
        product
        version
        cpe
        purl
      }
      references {
        url
        summary
      }
      revisions {
        version
        status
        tlp
        changeSummary
        publishedAt
      }
      recipients {
        organisations {
          id
          name
          kind
        }
        members {
          id
          displayName
          organisation {
            id
            name
          }
        }
        forwardedTo {
          id
          name
        }
      }
      myAcknowledgement {
        ...AcknowledgementItem
      }
      myAcknowledgementHistory {
        ...AcknowledgementItem
      }
    }
    me {
      id
      organisationRole
      organisation {
        id
        name
        kind
      }
    }
  }
`);

export const AcknowledgerQuery = graphql(`
  query AdvisoryAcknowledger($id: ID!) {
    member(id: $id) {
      id
      displayName
    }
  }
`);

export const AcknowledgeMutation = graphql(`
  mutation AcknowledgeAdvisory($id: ID!, $input: AcknowledgeAdvisoryInput!) {
    acknowledgeAdvisory(id: $id, input: $input) {
      ...AcknowledgementItem
    }
  }
`);

export const StatusOverviewQuery = graphql(`
  query AdvisoryStatusOverviewPanel($id: ID!) {
    advisoryStatusOverview(id: $id) {
      advisoryId
      expectedCount
      notRespondedCount
      byStatus {
        status
        count
        organisations {
          id
          name
        }
      }
      notResponded {
        id
        name
      }
      withoutResponder {
        id
        name
      }
    }
  }
`);

export const RemindMutation = graphql(`
  mutation RemindAdvisoryNonResponders($id: ID!) {
    remindAdvisoryNonResponders(id: $id) {
      notifiedMembers
      nextReminderAllowedAt
      organisations {
        id
      }
    }
  }
`);

export const CsafExportQuery = graphql(`
  query AdvisoryCsafExport($id: ID!) {
    advisoryCsaf(id: $id)
  }
`);

export const CreateAdvisoryMutation = graphql(`
  mutation CreateAdvisory($input: CreateAdvisoryInput!) {
    createAdvisory(input: $input) {
      id
    }
  }
`);

export const UpdateAdvisoryMutation = graphql(`
  mutation UpdateAdvisory($id: ID!, $input: AdvisoryContentInput!) {
    updateAdvisory(id: $id, input: $input) {
      id
      title
      updatedAt
    }
  }
`);

export const PublishAdvisoryMutation = graphql(`
  mutation PublishAdvisory($id: ID!, $input: PublishAdvisoryInput!) {
    publishAdvisory(id: $id, input: $input) {
      id
      status
      version
    }
  }
`);

export const RaiseTlpMutation = graphql(`
  mutation RaiseAdvisoryTlp($id: ID!, $tlp: TlpLabel!) {
    raiseAdvisoryTlp(id: $id, tlp: $tlp) {
      id
      tlp
    }
  }
`);

export const LowerTlpMutation = graphql(`
  mutation LowerAdvisoryTlp($id: ID!, $tlp: TlpLabel!, $reason: String!) {
    lowerAdvisoryTlp(id: $id, tlp: $tlp, reason: $reason) {
      id
      tlp
    }
  }
`);

export const SetRecipientsMutation = graphql(`
  mutation SetAdvisoryRecipients($id: ID!, $input: AdvisoryRecipientsInput!) {
    setAdvisoryRecipients(id: $id, input: $input) {
      id
    }
  }
`);

export const ForwardMutation = graphql(`
  mutation ForwardAdvisory($id: ID!) {
    forwardAdvisory(id: $id)
  }
`);

export const ImportCsafMutation = graphql(`
  mutation ImportCsafAdvisory($document: JSON!) {
    importCsafAdvisory(document: $document) {
      id
      title
      trackingId
    }
  }
`);

export const RecipientOrganisationsQuery = graphql(`
  query AdvisoryRecipientOrganisations($search: String, $kind: OrganisationKind, $first: Int!) {
    organisations(search: $search, kind: $kind, first: $first) {
      nodes {
        id
        name
        kind
      }
      totalCount
    }
  }
`);

export const ProviderMunicipalitiesQuery = graphql(`
  query AdvisoryProviderMunicipalities($id: ID!) {
    organisation(id: $id) {
      id
      name
      serviceRelations {
        id
        provider {
          id
        }
        municipality {
          id
          name
        }
      }
    }
  }
`);

export const RecipientMembersQuery = graphql(`
  query AdvisoryRecipientMembers($search: String, $first: Int!) {
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
