/** The search form's state in the URL (?q=…&kategorie=…&von=YYYY-MM-DD&bis=YYYY-MM-DD). */
export interface SearchState {
  q: string;
  categoryId: string;
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readSearch(params: URLSearchParams): SearchState {
  const date = (v: string | null) => (v && DATE.test(v) ? v : '');
  return {
    q: (params.get('q') ?? '').trim(),
    categoryId: params.get('kategorie') ?? '',
    from: date(params.get('von')),
    to: date(params.get('bis')),
  };
}

export function writeSearch(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.categoryId) p.set('kategorie', s.categoryId);
  if (DATE.test(s.from)) p.set('von', s.from);
  if (DATE.test(s.to)) p.set('bis', s.to);
  return p;
}

/**
 * The API's variables: dates are whole days in Berlin time, "bis" includes its day. Midnight in
 * Berlin is 23:00 or 22:00 UTC the day before; the offset is taken for that date.
 */
export function searchVariables(s: SearchState) {
  return {
    query: s.q,
    categoryId: s.categoryId || null,
    from: s.from ? berlinMidnight(s.from) : null,
    to: s.to ? berlinMidnight(nextDay(s.to)) : null,
  };
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function berlinMidnight(day: string): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  // Berlin's offset at that moment (+1 h or +2 h).
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(utcMidnight);
  const offsetHours = Number(parts);
  return new Date(utcMidnight.getTime() - offsetHours * 3600_000).toISOString();
}
