import { registerEnumType } from '@nestjs/graphql';

export enum AdvisoryStatus {
  DRAFT = 'DRAFT',
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}
registerEnumType(AdvisoryStatus, {
  name: 'AdvisoryStatus',
  description: 'Publication state of an advisory (CSAF tracking status).',
  valuesMap: {
    DRAFT: { description: 'Not published; visible to the authoring CERT only.' },
    INTERIM: { description: 'Published; the content may still change.' },
    FINAL: { description: 'Published; the final version (later versions are still possible).' },
  },
});

export enum AdvisorySeverity {
  NIEDRIG = 'NIEDRIG',
  MITTEL = 'MITTEL',
  HOCH = 'HOCH',
  KRITISCH = 'KRITISCH',
}
registerEnumType(AdvisorySeverity, {
  name: 'AdvisorySeverity',
  description: "Severity of an advisory on the CERT's German four-step scale.",
  valuesMap: {
    NIEDRIG: { description: 'Low.' },
    MITTEL: { description: 'Medium.' },
    HOCH: { description: 'High.' },
    KRITISCH: { description: 'Critical.' },
  },
});

/** TLP 2.0; AMBER+STRICT is spelled AMBER_STRICT because GraphQL enum values cannot contain "+". */
export enum TlpLabel {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}
registerEnumType(TlpLabel, {
  name: 'TlpLabel',
  description:
    'Traffic Light Protocol 2.0 label: who may see an item and anything derived from it. AMBER+STRICT is spelled AMBER_STRICT.',
  valuesMap: {
    CLEAR: { description: 'TLP:CLEAR, anyone, also the public feed.' },
    GREEN: { description: 'TLP:GREEN, every active member.' },
    AMBER: {
      description:
        'TLP:AMBER, members of the recipient organisations and of the municipalities a recipient IT provider forwarded it to.',
    },
    AMBER_STRICT: { description: 'TLP:AMBER+STRICT, members of the recipient organisations only.' },
    RED: { description: 'TLP:RED, the named people only.' },
  },
});

/** From least to most restrictive: raising moves right, lowering (audited, explicit) moves left. */
export const TLP_ORDER: TlpLabel[] = [
  TlpLabel.CLEAR,
  TlpLabel.GREEN,
  TlpLabel.AMBER,
  TlpLabel.AMBER_STRICT,
  TlpLabel.RED,
];
export const tlpRank = (tlp: TlpLabel): number => TLP_ORDER.indexOf(tlp);
/** Labels whose reads are written to the audit log. */
export const AUDITED_TLP = new Set<TlpLabel>([TlpLabel.AMBER, TlpLabel.AMBER_STRICT, TlpLabel.RED]);
export const tlpText = (tlp: TlpLabel): string =>
  `TLP:${tlp === TlpLabel.AMBER_STRICT ? 'AMBER+STRICT' : tlp}`;

export enum AcknowledgementStatus {
  READ = 'READ',
  AFFECTED = 'AFFECTED',
  NOT_AFFECTED = 'NOT_AFFECTED',
  PATCHED = 'PATCHED',
}
registerEnumType(AcknowledgementStatus, {
  name: 'AcknowledgementStatus',
  description: 'What an organisation reports about an advisory.',
  valuesMap: {
    READ: { description: 'Read; not yet assessed.' },
    AFFECTED: { description: 'Affected; working on it.' },
    NOT_AFFECTED: { description: 'Not affected (closes the advisory for the organisation).' },
    PATCHED: { description: 'Affected and fixed (closes the advisory for the organisation).' },
  },
});
/** An organisation is done with an advisory once it is patched or not affected. */
export const CLOSED_ACK_STATUSES = [
  AcknowledgementStatus.PATCHED,
  AcknowledgementStatus.NOT_AFFECTED,
];
