import type { OrganisationKind } from '../gql/enums';

export const ORGANISATION_KINDS: OrganisationKind[] = ['MUNICIPALITY', 'IT_PROVIDER', 'CERT'];

/** A kind from the URL (?art=…); anything unknown means no filter. */
export function readKind(value: string | null): OrganisationKind | null {
  return ORGANISATION_KINDS.includes(value as OrganisationKind)
    ? (value as OrganisationKind)
    : null;
}
