import type { ServiceKind } from '../../gql/enums';
import { serviceKindLabel } from '../../lib/labels';

const ORDER: ServiceKind[] = [
  'NETWORK',
  'DATA_CENTRE_HOSTING',
  'CLIENT_SUPPORT',
  'EMAIL',
  'SPECIALIST_APPLICATIONS',
];

/** "Netzwerk, E-Mail" in a fixed order; empty list -> fallback text. */
export function servicesText(services: readonly ServiceKind[], none: string): string {
  const sorted = ORDER.filter((s) => services.includes(s));
  return sorted.length ? sorted.map(serviceKindLabel).join(', ') : none;
}

/** Register rows from the organisation's side: the other party of each relation, by name. */
export function registerRows<
  R extends {
    id: string;
    provider: { id: string; name: string };
    municipality: { id: string; name: string };
  },
>(orgId: string, relations: readonly R[]): { relation: R; other: { id: string; name: string } }[] {
  return relations
    .map((relation) => ({
      relation,
      other: relation.provider.id === orgId ? relation.municipality : relation.provider,
    }))
    .sort((a, b) => a.other.name.localeCompare(b.other.name, 'de'));
}
