import type { TlpLabel as Tlp } from '../../gql/enums';
import { TlpLabel } from '../../ui/TlpLabel';
import { tlpAudience } from './tlp';
import { advisoryTexts as t } from './texts';

/**
 * Who may receive the advisory, in German, beside its label (FIRST colours on black); read as one
 * sentence: "TLP:AMBER – nur für Mitglieder der Empfängerorganisationen und …".
 */
export function TlpBanner({ tlp }: { tlp: Tlp }) {
  return (
    <section className="tlp-banner" aria-label={t.tlpBannerLabel}>
      <TlpLabel tlp={tlp} size="lg" /> <span className="tlp-text">– {tlpAudience(tlp)}</span>
    </section>
  );
}
