import { describe, expect, it } from 'vitest';
import { canForward, recipientKind, tlpBannerText, tlpDirection } from './tlp';

describe('tlpBannerText', () => {
  it('says in German who may receive each label', () => {
    expect(tlpBannerText('AMBER')).toBe(
      'TLP:AMBER – nur für Mitglieder der Empfängerorganisationen und, nach Weiterleitung, deren Kunden',
    );
    expect(tlpBannerText('AMBER_STRICT')).toBe(
      'TLP:AMBER+STRICT – nur für Mitglieder der Empfängerorganisationen, keine Weitergabe an Kunden',
    );
    expect(tlpBannerText('RED')).toMatch(/^TLP:RED – nur für die namentlich genannten Personen/);
    expect(tlpBannerText('GREEN')).toMatch(/^TLP:GREEN – für alle Mitglieder.*nicht öffentlich$/);
    expect(tlpBannerText('CLEAR')).toMatch(/^TLP:CLEAR – ohne Einschränkung, auch öffentlich/);
  });
});

describe('tlpDirection', () => {
  it('orders the labels from CLEAR to RED', () => {
    expect(tlpDirection('GREEN', 'AMBER')).toBe('raise');
    expect(tlpDirection('AMBER', 'AMBER_STRICT')).toBe('raise');
    expect(tlpDirection('RED', 'AMBER_STRICT')).toBe('lower');
    expect(tlpDirection('AMBER', 'CLEAR')).toBe('lower');
    expect(tlpDirection('AMBER', 'AMBER')).toBe('same');
  });
});

describe('recipientKind and canForward', () => {
  it('uses organisations for AMBER and AMBER+STRICT, people for RED', () => {
    expect(recipientKind('AMBER')).toBe('organisations');
    expect(recipientKind('AMBER_STRICT')).toBe('organisations');
    expect(recipientKind('RED')).toBe('members');
    expect(recipientKind('GREEN')).toBe('none');
  });

  it('offers forwarding only to IT-provider ORG_ADMINs for published AMBER', () => {
    const admin = { organisationRole: 'ORG_ADMIN', organisation: { kind: 'IT_PROVIDER' as const } };
    expect(canForward({ tlp: 'AMBER', status: 'FINAL' }, admin)).toBe(true);
    expect(canForward({ tlp: 'AMBER_STRICT', status: 'FINAL' }, admin)).toBe(false);
    expect(canForward({ tlp: 'AMBER', status: 'DRAFT' }, admin)).toBe(false);
    expect(
      canForward({ tlp: 'AMBER', status: 'FINAL' }, { ...admin, organisationRole: 'MEMBER' }),
    ).toBe(false);
    expect(
      canForward(
        { tlp: 'AMBER', status: 'FINAL' },
        { ...admin, organisation: { kind: 'MUNICIPALITY' } },
      ),
    ).toBe(false);
  });
});
