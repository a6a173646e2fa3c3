import { describe, expect, it } from 'vitest';
import { scoreCvss, severityFromScore } from './cvss';
import { formatScore } from './cvss-format';

describe('scoreCvss', () => {
  it('scores complete 3.1, 3.0 and 4.0 vectors like the server', () => {
    expect(scoreCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({
      ok: true,
      version: '3.1',
      score: 9.8,
      severity: 'KRITISCH',
    });
    expect(scoreCvss('CVSS:3.0/AV:N/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:N')).toMatchObject({
      ok: true,
      score: 3.7,
      severity: 'NIEDRIG',
    });
    expect(
      scoreCvss('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'),
    ).toMatchObject({ ok: true, version: '4.0', score: 9.3, severity: 'KRITISCH' });
  });

  it('explains what is wrong while the vector is incomplete or invalid', () => {
    expect(scoreCvss('CVSS:3.1/AV:N/AC:L')).toEqual({
      ok: false,
      error: 'Es fehlen noch Basis-Metriken.',
    });
    expect(scoreCvss('AV:N/AC:L')).toMatchObject({ ok: false });
    expect(scoreCvss('CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toEqual({
      ok: false,
      error: 'Die Metrik AV kommt mehrfach vor.',
    });
    expect(scoreCvss('CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toMatchObject({
      ok: false,
      error: expect.stringContaining('AV:Q') as unknown,
    });
    // 4.0 prescribes the order of the metrics.
    expect(
      scoreCvss('CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'),
    ).toMatchObject({ ok: false });
    expect(scoreCvss('  ')).toMatchObject({ ok: false });
  });

  it('maps scores to the four German steps and formats with a comma', () => {
    expect(severityFromScore(0)).toBe('NIEDRIG');
    expect(severityFromScore(4)).toBe('MITTEL');
    expect(severityFromScore(7)).toBe('HOCH');
    expect(severityFromScore(9)).toBe('KRITISCH');
    expect(formatScore(9.8)).toBe('9,8');
    expect(formatScore(10)).toBe('10,0');
  });
});
