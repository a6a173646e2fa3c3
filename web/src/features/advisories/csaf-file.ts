/** CSAF's file name rule (CSAF 2.0 section 5.1): the tracking id in lower case, other characters as "_". */
export function csafFileName(trackingId: string): string {
  return `${trackingId.toLowerCase().replace(/[^+\-a-z0-9]+/g, '_')}.json`;
}

/** Offers a JSON document as a download (no server round trip: the API already sent it). */
export function downloadJson(name: string, document: unknown): void {
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = window.document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  window.document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const MAX_CSAF_BYTES = 5 * 1024 * 1024;
