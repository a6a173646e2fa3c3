import { graphql } from '../../gql';

export const DELIVERIES_PAGE_SIZE = 25;

export const MailDeliveriesQuery = graphql(`
  query MailDeliveries($state: MailDeliveryState, $first: Int!, $after: String) {
    mailDeliveries(state: $state, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        toAddress
        kind
        subject
        state
        attempts
        lastError
        createdAt
        updatedAt
        sentAt
      }
    }
  }
`);

export const ResendMailDeliveryMutation = graphql(`
  mutation ResendMailDelivery($id: ID!) {
    resendMailDelivery(id: $id) {
      id
      state
      lastError
      attempts
      updatedAt
    }
  }
`);
