import type { AcknowledgementStatus } from '../../gql/enums';

export interface OverviewRow {
  key: AcknowledgementStatus | 'NONE';
  count: number;
  /** Share of the expected organisations, 0 to 100 (rounded). */
  percent: number;
}

/** The chart's rows: one per status in the API's order, then "keine Antwort". */
export function overviewRows(
  byStatus: readonly { status: AcknowledgementStatus; count: number }[],
  notRespondedCount: number,
  expectedCount: number,
): OverviewRow[] {
  const pct = (n: number) => (expectedCount > 0 ? Math.round((n / expectedCount) * 100) : 0);
  return [
    ...byStatus.map((g) => ({ key: g.status, count: g.count, percent: pct(g.count) })),
    { key: 'NONE' as const, count: notRespondedCount, percent: pct(notRespondedCount) },
  ];
}
