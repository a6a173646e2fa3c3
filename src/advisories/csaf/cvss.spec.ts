import { CsafError } from './csaf.types';
import { InvalidCvssError, parseCvss, severityFromScore } from './cvss';

describe('parseCvss', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', '3.1', 9.8, 'KRITISCH'],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', '3.0', 10, 'KRITISCH'],
    ['CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:L/E:F/RL:O/RC:C', '3.1', 6.1, 'MITTEL'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', '3.1', 0, 'NIEDRIG'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', '4.0', 9.3, 'KRITISCH'],
    // threat metrics lower the overall score, but CSAF's baseScore is the base-only one
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U', '4.0', 9.3, 'KRITISCH'],
  ])('scores %s', (vector, version, baseScore, severity) => {
    const parsed = parseCvss(`  ${vector} `);
    expect(parsed).toMatchObject({ vector, version, baseScore, severity });
  });

  it.each([
    ['leer', ''],
    ['erwartet wird', 'garbage'],
    ['erwartet wird', 'AV:N/AC:L/Au:N/C:P/I:P/A:P'], // CVSS 2: not accepted for new data
    ['Basis-Metriken', 'CVSS:3.1/AV:N'],
    ['AV:Q', 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['XX:N', 'CVSS:3.1/XX:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'],
    ['mehrfach', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L'],
    ['METRIK:WERT', 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/'],
    ['Reihenfolge', 'CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
    ['zu lang', `CVSS:3.1/${'AV:N/'.repeat(100)}`],
  ])('refuses a vector: %s', (reason, vector) => {
    expect(() => parseCvss(vector)).toThrow(InvalidCvssError);
    expect(() => parseCvss(vector)).toThrow(reason);
    try {
      parseCvss(vector);
    } catch (error) {
      expect(error).toBeInstanceOf(CsafError);
      expect((error as CsafError).messages).toHaveLength(1);
    }
  });
});

describe('severityFromScore', () => {
  it.each([
    [0, 'NIEDRIG'],
    [0.1, 'NIEDRIG'],
    [3.9, 'NIEDRIG'],
    [4, 'MITTEL'],
    [6.9, 'MITTEL'],
    [7, 'HOCH'],
    [8.9, 'HOCH'],
    [9, 'KRITISCH'],
    [10, 'KRITISCH'],
  ])('maps %d to %s', (score, severity) => {
    expect(severityFromScore(score)).toBe(severity);
  });

  it.each([-1, 10.1, Number.NaN])('refuses %d', (score) => {
    expect(() => severityFromScore(score)).toThrow(InvalidCvssError);
  });
});
