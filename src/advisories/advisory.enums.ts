import { registerEnumType } from '@nestjs/graphql';

export enum AdvisoryStatus {
  DRAFT = 'DRAFT',
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}
registerEnumType(AdvisoryStatus, { name: 'AdvisoryStatus' });

export enum AdvisorySeverity {
  NIEDRIG = 'NIEDRIG',
  MITTEL = 'MITTEL',
  HOCH = 'HOCH',
  KRITISCH = 'KRITISCH',
}
registerEnumType(AdvisorySeverity, { name: 'AdvisorySeverity' });

/** TLP 2.0; AMBER+STRICT is spelled AMBER_STRICT because GraphQL enum values cannot contain "+". */
export enum TlpLabel {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}
registerEnumType(TlpLabel, { name: 'TlpLabel' });

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
registerEnumType(AcknowledgementStatus, { name: 'AcknowledgementStatus' });
/** An organisation is done with an advisory once it is patched or not affected. */
export const CLOSED_ACK_STATUSES = [
  AcknowledgementStatus.PATCHED,
  AcknowledgementStatus.NOT_AFFECTED,
];
