/** The audit log's filters as they live in the URL (shareable, back button works). */
export interface AuditFilters {
  actorId: string;
  action: string;
  targetId: string;
  /** YYYY-MM-DD (the date input's value) */
  from: string;
  /** YYYY-MM-DD, inclusive */
  to: string;
}

const KEYS: Record<keyof AuditFilters, string> = {
  actorId: 'wer',
  action: 'was',
  targetId: 'objekt',
  from: 'von',
  to: 'bis',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const get = (k: keyof AuditFilters) => params.get(KEYS[k])?.trim() ?? '';
  const actorId = get('actorId');
  const from = get('from');
  const to = get('to');
  return {
    actorId: UUID.test(actorId) ? actorId : '',
    action: get('action').slice(0, 60),
    targetId: get('targetId').slice(0, 64),
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
  };
}

export function filtersToParams(f: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof AuditFilters)[])
    if (f[key].trim()) params.set(KEYS[key], f[key].trim());
  return params;
}

/** Start of a calendar day in the browser's time zone, as the API's ISO date-time. */
function startOfDay(date: string, addDays = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + addDays).toISOString();
}

/** The query's variables: "bis" includes the whole day (the API's `to` is exclusive). */
export function filtersToVariables(f: AuditFilters) {
  return {
    actorId: f.actorId || null,
    action: f.action || null,
    targetId: f.targetId || null,
    from: f.from ? startOfDay(f.from) : null,
    to: f.to ? startOfDay(f.to, 1) : null,
  };
}

/** The range is backwards (both set, end before start). */
export function rangeReversed(f: Pick<AuditFilters, 'from' | 'to'>): boolean {
  return Boolean(f.from && f.to && f.to < f.from);
}
