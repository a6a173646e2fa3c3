import { graphql } from '../../gql';

export const INCIDENT_PAGE_SIZE = 25;

export const IncidentListQuery = graphql(`
  query IncidentList($filter: IncidentFilterInput, $first: Int!, $after: String) {
    incidents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        kind
        severity
        tlp
        status
        createdAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const OnCertDutyQuery = graphql(`
  query IncidentOnCertDuty {
    onCertDuty
  }
`);

export const ReportIncidentMutation = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      id
    }
  }
`);

export const IncidentQuery = graphql(`
  query IncidentDetail($id: ID!) {
    incident(id: $id) {
      id
      title
      description
      kind
      severity
      tlp
      status
      channelId
      createdAt
      closedAt
      canManage
      organisation {
        id
        name
      }
      reporter {
        id
        displayName
      }
      answerSummary {
        affected
        answered
        affectedConfirmed
      }
      myAffectedOrganisation {
        organisationId
        situation
        note
        consentToProvider
      }
    }
  }
`);

export const IncidentAffectedQuery = graphql(`
  query IncidentAffected($id: ID!, $first: Int!, $after: String) {
    incident(id: $id) {
      id
      affectedOrganisations(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          organisationId
          organisationName
          reason
          services
          situation
          note
          answeredAt
          answeredBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const IncidentParticipantsQuery = graphql(`
  query IncidentParticipants($id: ID!, $first: Int!, $after: String) {
    incident(id: $id) {
      id
      participants(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          memberId
          reason
          member {
            id
            displayName
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const IncidentTimelineQuery = graphql(`
  query IncidentTimeline($id: ID!, $first: Int!, $after: String) {
    incident(id: $id) {
      id
      timeline(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          type
          text
          refersToId
          createdAt
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const UpdateIncidentStatusMutation = graphql(`
  mutation UpdateIncidentStatus($id: ID!, $status: IncidentStatus!, $note: String) {
    updateIncidentStatus(id: $id, status: $status, note: $note) {
      id
      status
      closedAt
    }
  }
`);

export const AnswerIncidentSituationMutation = graphql(`
  mutation AnswerIncidentSituation($id: ID!, $input: AnswerIncidentSituationInput!) {
    answerIncidentSituation(id: $id, input: $input) {
      organisationId
      situation
      note
    }
  }
`);

export const AddIncidentTimelineEntryMutation = graphql(`
  mutation AddIncidentTimelineEntry($id: ID!, $input: AddIncidentTimelineEntryInput!) {
    addIncidentTimelineEntry(id: $id, input: $input) {
      id
    }
  }
`);
