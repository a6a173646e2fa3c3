import type { OrganisationKind, TlpLabel } from '../../gql/enums';
import { tlpLabel } from '../../lib/labels';

/** From least to most restrictive (as the API orders them: raising moves right). */
export const TLP_ORDER: TlpLabel[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

const AUDIENCE: Record<TlpLabel, string> = {
  CLEAR: 'ohne Einschränkung, auch öffentlich (im öffentlichen Feed)',
  GREEN: 'für alle Mitglieder des Sicherheitsnetzes, nicht öffentlich',
  AMBER: 'nur für Mitglieder der Empfängerorganisationen und, nach Weiterleitung, deren Kunden',
  AMBER_STRICT: 'nur für Mitglieder der Empfängerorganisationen, keine Weitergabe an Kunden',
  RED: 'nur für die namentlich genannten Personen, keine Weitergabe',
};

/** Who may receive an advisory with this label, in German. */
export const tlpAudience = (tlp: TlpLabel): string => AUDIENCE[tlp];

/** The banner sentence: "TLP:AMBER – nur für Mitglieder der Empfängerorganisationen und …". */
export function tlpBannerText(tlp: TlpLabel): string {
  return `${tlpLabel(tlp)} – ${AUDIENCE[tlp]}`;
}

/** Whether a change from one label to another raises (stricter), lowers or keeps it. */
export function tlpDirection(from: TlpLabel, to: TlpLabel): 'raise' | 'lower' | 'same' {
  const d = TLP_ORDER.indexOf(to) - TLP_ORDER.indexOf(from);
  return d > 0 ? 'raise' : d < 0 ? 'lower' : 'same';
}

/** Which recipients a label uses: organisations (AMBER, AMBER+STRICT), people (RED), none. */
export function recipientKind(tlp: TlpLabel): 'organisations' | 'members' | 'none' {
  if (tlp === 'AMBER' || tlp === 'AMBER_STRICT') return 'organisations';
  if (tlp === 'RED') return 'members';
  return 'none';
}

/**
 * A recipient IT provider's ORG_ADMIN may forward a published AMBER advisory to the
 * municipalities it serves (the API checks again and refuses everything else).
 */
export function canForward(
  advisory: { tlp: TlpLabel; status: string },
  me: { organisationRole: string; organisation: { kind: OrganisationKind } },
): boolean {
  return (
    advisory.tlp === 'AMBER' &&
    advisory.status !== 'DRAFT' &&
    me.organisationRole === 'ORG_ADMIN' &&
    me.organisation.kind === 'IT_PROVIDER'
  );
}
