import type { TlpLabel as Tlp } from '../gql/enums';
import { tlpLabel } from '../lib/labels';
import './tlp.css';

/**
 * The TLP label as FIRST TLP 2.0 prescribes it: the label text in capitals ("TLP:AMBER+STRICT"),
 * in the label's colour on a black background (RED #FF2B2B, AMBER #FFC000, GREEN #33FF00,
 * CLEAR #FFFFFF on #000000). Every pair has a contrast of at least 10:1.
 */
export function TlpLabel({ tlp, size = 'md' }: { tlp: Tlp; size?: 'sm' | 'md' | 'lg' }) {
  return <span className={`tlp-label tlp-${tlp.toLowerCase()} tlp-${size}`}>{tlpLabel(tlp)}</span>;
}
