import { graphql } from '../../gql';

export const OrganisationListQuery = graphql(`
  query OrganisationDirectory(
    $search: String
    $kind: OrganisationKind
    $district: String
    $first: Int!
    $after: String
  ) {
    organisations(search: $search, kind: $kind, district: $district, first: $first, after: $after) {
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

export const OrganisationProfileQuery = graphql(`
  query OrganisationProfile($id: ID!) {
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
          district
        }
      }
    }
  }
`);
