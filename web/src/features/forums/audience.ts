import type { OrganisationKind } from '../../gql/enums';
import { organisationKindPluralLabel } from '../../lib/labels';

const ALL_KINDS: OrganisationKind[] = ['MUNICIPALITY', 'IT_PROVIDER', 'CERT'];

/** Kinds in a fixed order (the API's order is not part of its contract). */
function ordered(kinds: readonly OrganisationKind[]): OrganisationKind[] {
  return ALL_KINDS.filter((k) => kinds.includes(k));
}

/** "Kommunen", "Kommunen und CERT", "Kommunen, IT-Dienstleister und CERT". */
export function kindsList(kinds: readonly OrganisationKind[]): string {
  const names = ordered(kinds).map(organisationKindPluralLabel);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}

/**
 * Who reads a category, in German: "alle Mitglieder", "nur Kommunen", "nur Kommunen und CERT";
 * a sharing group narrows it further ("geschlossene Gruppe: 3 Organisationen").
 */
export function audienceLabel(category: {
  readKinds: readonly OrganisationKind[];
  organisationIds: readonly string[];
}): string {
  const kinds = ordered(category.readKinds);
  const group = category.organisationIds.length;
  if (group > 0) {
    const orgs = group === 1 ? '1 Organisation' : `${group} Organisationen`;
    return `geschlossene Gruppe (${orgs})`;
  }
  if (kinds.length === ALL_KINDS.length) return 'alle Mitglieder';
  if (kinds.length === 0) return 'nur Moderation';
  return `nur ${kindsList(kinds)}`;
}

/**
 * Who may write, when it differs from who reads: "schreiben: nur CERT". Null when everyone who
 * reads may also write.
 */
export function postersLabel(category: {
  readKinds: readonly OrganisationKind[];
  postKinds: readonly OrganisationKind[];
}): string | null {
  const read = ordered(category.readKinds);
  const post = ordered(category.postKinds).filter((k) => read.includes(k));
  if (post.length === read.length) return null;
  if (post.length === 0) return 'nur lesen';
  return `schreiben: nur ${kindsList(post)}`;
}
