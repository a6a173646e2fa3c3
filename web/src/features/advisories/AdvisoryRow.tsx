import { Group, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/format';
import { acknowledgementStatusLabel, advisoryStatusLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { TlpLabel } from '../../ui/TlpLabel';
import { formatScore } from './cvss-format';
import { safeHeadline } from './headline';
import { AdvisoryListItemFragment } from './operations';
import { SeverityBadge } from './SeverityBadge';
import { advisoryTexts as t } from './texts';

/** One advisory in a list: label, severity, title, tracking id, date, own status; optional hit excerpt. */
export function AdvisoryRow({
  advisory: ref,
  headline,
}: {
  advisory: FragmentType<typeof AdvisoryListItemFragment>;
  /** Escaped plain text with <mark> around matches (advisorySearch's contract). */
  headline?: string;
}) {
  const a = getFragmentData(AdvisoryListItemFragment, ref);
  const when = a.currentReleaseDate
    ? t.publishedAt(formatDate(a.currentReleaseDate))
    : t.changedAt(formatDate(a.updatedAt));
  return (
    <article aria-label={a.title} className={headline ? 'search-hit' : undefined}>
      <Group gap="xs" wrap="wrap" align="center">
        <TlpLabel tlp={a.tlp} size="sm" />
        <SeverityBadge severity={a.severity} />
        <AppLink to={`/warnungen/${a.id}`} fw={600} className="advisory-title">
          {a.title}
        </AppLink>
      </Group>
      <Text size="sm">
        {a.trackingId} ·{' '}
        {a.status === 'DRAFT'
          ? t.draft
          : `${advisoryStatusLabel(a.status)}, ${t.version(a.version)}`}{' '}
        · {when}
        {a.cvssScore !== null && a.cvssScore !== undefined
          ? ` · ${t.cvssShort(formatScore(a.cvssScore))}`
          : ''}
        {a.cves.length ? ` · ${a.cves.slice(0, 3).join(', ')}${a.cves.length > 3 ? ' …' : ''}` : ''}
      </Text>
      {a.myAcknowledgement ? (
        <Text size="sm">
          {t.yourStatus(acknowledgementStatusLabel(a.myAcknowledgement.status))}
        </Text>
      ) : null}
      {headline ? (
        // Escaped plain text with <mark> around matches (API contract of advisorySearch.headline).
        <Text size="sm" dangerouslySetInnerHTML={{ __html: safeHeadline(headline) }} />
      ) : (
        <Text size="sm" lineClamp={2}>
          {a.summary}
        </Text>
      )}
    </article>
  );
}
