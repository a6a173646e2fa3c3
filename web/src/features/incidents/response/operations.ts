import { graphql } from '../../../gql';

export const ResponseIncidentQuery = graphql(`
  query ResponseIncident($id: ID!) {
    incident(id: $id) {
      id
      title
      kind
      tlp
      status
      createdAt
    }
  }
`);

export const IncidentTasksQuery = graphql(`
  query IncidentTasks($incidentId: ID!, $kind: String) {
    incidentTasks(incidentId: $incidentId, first: 100) {
      totalCount
      nodes {
        id
        title
        description
        status
        dueAt
        obligation
        assigneeId
        assigneeName
        fulfilledAt
        fulfilmentNote
      }
    }
    taskTemplates(incidentKind: $kind, first: 50) {
      nodes {
        id
        name
        description
        items {
          title
        }
      }
    }
  }
`);

/** Separate from the tasks: one query with both would exceed the API's cost limit. */
export const IncidentPeopleQuery = graphql(`
  query IncidentPeople($incidentId: ID!) {
    incident(id: $incidentId) {
      id
      participants(first: 100) {
        nodes {
          member {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const CreateIncidentTaskMutation = graphql(`
  mutation CreateIncidentTask($input: CreateIncidentTaskInput!) {
    createIncidentTask(input: $input) {
      id
    }
  }
`);

export const UpdateIncidentTaskMutation = graphql(`
  mutation UpdateIncidentTask($input: UpdateIncidentTaskInput!) {
    updateIncidentTask(input: $input) {
      id
      status
      assigneeId
      assigneeName
    }
  }
`);

export const ApplyTaskTemplateMutation = graphql(`
  mutation ApplyTaskTemplate($incidentId: ID!, $templateId: ID!) {
    applyTaskTemplate(incidentId: $incidentId, templateId: $templateId) {
      id
    }
  }
`);

export const FulfilReportingObligationMutation = graphql(`
  mutation FulfilReportingObligation($input: FulfilReportingObligationInput!) {
    fulfilReportingObligation(input: $input) {
      id
      status
      fulfilledAt
      fulfilmentNote
    }
  }
`);

export const MirtQuery = graphql(`
  query MirtDeployments($incidentId: ID!) {
    mirtDeployments(incidentId: $incidentId, first: 20) {
      nodes {
        id
        status
        reason
        onSiteAddress
        phoneNumbers
        requestedByName
        requestingOrganisationName
        decisionReason
        decidedAt
        onSiteAt
        completedAt
        createdAt
        team {
          memberId
          displayName
        }
      }
    }
    mirtPermissions(incidentId: $incidentId) {
      onDuty
      canRequest
    }
  }
`);

export const MirtCandidatesQuery = graphql(`
  query MirtCandidates($incidentId: ID!) {
    mirtCandidates(incidentId: $incidentId) {
      id
      displayName
    }
  }
`);

export const RequestMirtMutation = graphql(`
  mutation RequestMirt($input: RequestMirtInput!) {
    requestMirt(input: $input) {
      id
      status
    }
  }
`);

export const DecideMirtMutation = graphql(`
  mutation DecideMirt($input: DecideMirtInput!) {
    decideMirt(input: $input) {
      id
      status
      decisionReason
    }
  }
`);

export const AssignMirtTeamMutation = graphql(`
  mutation AssignMirtTeam($input: AssignMirtTeamInput!) {
    assignMirtTeam(input: $input) {
      id
      team {
        memberId
        displayName
      }
    }
  }
`);

export const AdvanceMirtMutation = graphql(`
  mutation AdvanceMirt($input: AdvanceMirtInput!) {
    advanceMirt(input: $input) {
      id
      status
    }
  }
`);

export const SituationReportQuery = graphql(`
  query SituationReport($incidentId: ID!) {
    situationReport(incidentId: $incidentId) {
      incidentId
      reportMarkdown
      generatedAt
      tlp
      exportable
      clearance {
        summary
        tlp
        clearedByName
        clearedAt
      }
    }
    mirtPermissions(incidentId: $incidentId) {
      onDuty
    }
  }
`);

export const ClearForSharingMutation = graphql(`
  mutation ClearForSharing($input: ClearForSharingInput!) {
    clearSituationReportForSharing(input: $input) {
      incidentId
      exportable
      clearance {
        summary
        tlp
        clearedByName
        clearedAt
      }
    }
  }
`);

export const IncidentCsafQuery = graphql(`
  query IncidentCsaf($incidentId: ID!) {
    incidentCsaf(incidentId: $incidentId)
  }
`);

export const MyEmergencyPhoneQuery = graphql(`
  query MyEmergencyPhone {
    myEmergencyPhone
  }
`);

export const SetMyEmergencyPhoneMutation = graphql(`
  mutation SetMyEmergencyPhone($phone: String) {
    setMyEmergencyPhone(phone: $phone)
  }
`);
