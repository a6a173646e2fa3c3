import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { OrganisationKind, TlpLabel as TlpLabelValue } from '../../gql/enums';
import { formatDateTime } from '../../lib/format';
import { advisoryStatusLabel, organisationKindLabel, tlpLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { MarkdownPreview } from '../../ui/MarkdownPreview';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { AcknowledgementPanel } from './AcknowledgementPanel';
import { csafFileName, downloadJson } from './csaf-file';
import { formatScore } from './cvss-format';
import { AdvisoryNotFound } from './NotFound';
import { AdvisoryDetailQuery, CsafExportQuery, ForwardMutation } from './operations';
import { PublishDialog } from './PublishDialog';
import { SeverityBadge } from './SeverityBadge';
import { StatusOverviewPanel } from './StatusOverviewPanel';
import { TlpBanner } from './TlpBanner';
import { TlpDialog } from './TlpDialog';
import { canForward, recipientKind } from './tlp';
import { ScrollTable } from './ScrollTable';
import { advisoryTexts as t } from './texts';
import './advisories.css';

/** One advisory: label banner, content, versions; the organisation's answer; the CERT's tools. */
export default function AdvisoryPage() {
  const { id = '' } = useParams();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(AdvisoryDetailQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [dialog, setDialog] = useState<'publish' | 'tlp' | null>(null);
  const [notice, setNotice] = useState('');
  const [exportError, setExportError] = useState<unknown>(null);
  const [exporting, setExporting] = useState(false);
  const [forward, forwarding] = useMutation(ForwardMutation);

  if (error && !data) return <AdvisoryNotFound error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const a = data.advisory;
  const me = data.me;
  const draft = a.status === 'DRAFT';
  const answers = !draft && !a.canManage && me.organisation.kind !== 'CERT';

  const exportCsaf = async () => {
    setExportError(null);
    setExporting(true);
    try {
      const r = await client.query({
        query: CsafExportQuery,
        variables: { id: a.id },
        fetchPolicy: 'network-only',
      });
      const name = csafFileName(a.trackingId);
      downloadJson(name, r.data?.advisoryCsaf);
      setNotice(t.exported(name));
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Page title={a.title}>
      <AppLink to="/warnungen" size="sm">
        {t.backToList}
      </AppLink>
      <TlpBanner tlp={a.tlp} />
      <Group gap="xs" wrap="wrap">
        <SeverityBadge severity={a.severity} />
        <Text size="sm" fw={600}>
          {draft ? t.draft : `${advisoryStatusLabel(a.status)}, ${t.version(a.version)}`}
        </Text>
      </Group>
      <Text role="status" size="sm">
        {notice}
      </Text>

      {a.canManage ? (
        <Stack gap="xs" component="section" aria-labelledby="manage-heading">
          <Title order={2} size="h3" id="manage-heading">
            {t.manage}
          </Title>
          <Group gap="xs" wrap="wrap">
            {draft ? (
              <Button component={Link} to={`/warnungen/${a.id}/bearbeiten`} variant="default">
                {t.edit}
              </Button>
            ) : null}
            <Button component={Link} to={`/warnungen/${a.id}/empfaenger`} variant="default">
              {t.editRecipients}
            </Button>
            <Button onClick={() => setDialog('publish')}>{draft ? t.publish : t.newVersion}</Button>
            <Button variant="default" onClick={() => setDialog('tlp')}>
              {t.changeTlp}
            </Button>
            <Button variant="default" onClick={() => void exportCsaf()} loading={exporting}>
              {t.exportCsaf}
            </Button>
          </Group>
          {exportError ? <ErrorAlert error={exportError} /> : null}
          <RecipientsSummary advisory={a} />
        </Stack>
      ) : (
        <Group gap="xs">
          <Button variant="default" onClick={() => void exportCsaf()} loading={exporting}>
            {t.exportCsaf}
          </Button>
          {exportError ? <ErrorAlert error={exportError} /> : null}
        </Group>
      )}

      <Stack gap="xs" component="section" aria-labelledby="facts-heading">
        <Title order={2} size="h3" id="facts-heading">
          {t.facts}
        </Title>
        <dl className="facts advisory-facts">
          <dt>{t.trackingId}</dt>
          <dd className="mono">{a.trackingId}</dd>
          <dt>{t.publisher}</dt>
          <dd>{a.publisherName}</dd>
          {a.author ? (
            <>
              <dt>{t.author}</dt>
              <dd>{a.author.displayName}</dd>
            </>
          ) : null}
          {a.initialReleaseDate ? (
            <>
              <dt>{t.firstPublished}</dt>
              <dd>{formatDateTime(a.initialReleaseDate)}</dd>
            </>
          ) : null}
          {a.currentReleaseDate ? (
            <>
              <dt>{t.currentVersion}</dt>
              <dd>
                {t.version(a.version)}, {formatDateTime(a.currentReleaseDate)}
              </dd>
            </>
          ) : null}
          <dt>{t.cves}</dt>
          <dd>
            {a.cves.length
              ? a.cves.map((c, i) => (
                  <span key={c}>
                    {i > 0 ? ', ' : ''}
                    <AppLink to={`/warnungen?ansicht=alle&cve=${encodeURIComponent(c)}`}>
                      {c}
                    </AppLink>
                  </span>
                ))
              : t.noCves}
          </dd>
          <dt>{t.cvss}</dt>
          <dd>
            {a.cvssVector ? (
              <>
                {t.cvssScore}{' '}
                <strong>
                  {a.cvssScore !== null && a.cvssScore !== undefined
                    ? formatScore(a.cvssScore)
                    : '–'}
                </strong>
                <br />
                {t.cvssVector}: <span className="mono">{a.cvssVector}</span>
              </>
            ) : (
              t.noCvss
            )}
          </dd>
        </dl>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="summary-heading">
        <Title order={2} size="h3" id="summary-heading">
          {t.summary}
        </Title>
        <Text style={{ whiteSpace: 'pre-line' }}>{a.summary}</Text>
      </Stack>
      {a.bodyHtml ? (
        <Stack gap="xs" component="section" aria-labelledby="body-heading">
          <Title order={2} size="h3" id="body-heading">
            {t.description}
          </Title>
          {/* Rendered and sanitised by the server (bodyHtml: "safe to insert"). */}
          <div className="advisory-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
        </Stack>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="products-heading">
        <Title order={2} size="h3" id="products-heading">
          {t.products}
        </Title>
        {a.products.length ? (
          <ScrollTable label={t.products}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.vendor}</Table.Th>
                  <Table.Th scope="col">{t.product}</Table.Th>
                  <Table.Th scope="col">{t.productVersion}</Table.Th>
                  <Table.Th scope="col">{t.identifiers}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.products.map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{p.vendor}</Table.Td>
                    <Table.Td>{p.product}</Table.Td>
                    <Table.Td>{p.version ?? t.allVersions}</Table.Td>
                    <Table.Td className="mono">
                      {[p.cpe, p.purl].filter(Boolean).join(' ') || '–'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        ) : (
          <Text>{t.noProducts}</Text>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="remediation-heading">
        <Title order={2} size="h3" id="remediation-heading">
          {t.remediation}
        </Title>
        {a.remediation ? (
          <MarkdownPreview
            raw={a.remediation}
            empty={t.noRemediation}
            loading={t.previewLoading}
            label={t.remediation}
          />
        ) : (
          <Text>{t.noRemediation}</Text>
        )}
      </Stack>

      {a.references.length ? (
        <Stack gap="xs" component="section" aria-labelledby="references-heading">
          <Title order={2} size="h3" id="references-heading">
            {t.references}
          </Title>
          <ul>
            {a.references.map((r) => (
              <li key={r.url}>
                <a href={r.url} rel="noopener noreferrer" target="_blank" className="mono">
                  {r.summary ?? r.url}
                </a>
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="revisions-heading">
        <Title order={2} size="h3" id="revisions-heading">
          {t.revisions}
        </Title>
        {a.revisions.length ? (
          <ol className="plain-list">
            {a.revisions.map((r) => (
              <li key={r.version} style={{ marginBottom: '0.4rem' }}>
                <Text size="sm" fw={600}>
                  {t.revisionLine(
                    r.version,
                    advisoryStatusLabel(r.status),
                    tlpLabel(r.tlp),
                    formatDateTime(r.publishedAt),
                  )}
                </Text>
                <Text size="sm">{r.changeSummary}</Text>
              </li>
            ))}
          </ol>
        ) : (
          <Text>{t.noRevisions}</Text>
        )}
      </Stack>

      {answers ? (
        <AcknowledgementPanel
          key={a.id}
          advisoryId={a.id}
          organisationName={me.organisation.name}
          myId={me.id}
          current={a.myAcknowledgement}
          history={a.myAcknowledgementHistory}
        />
      ) : null}

      {canForward(a, me) ? (
        <Stack gap="xs" component="section" aria-labelledby="forward-heading">
          <Title order={2} size="h3" id="forward-heading">
            {t.forwardHeading}
          </Title>
          <Text size="sm">{t.forwardIntro}</Text>
          <Button
            w="fit-content"
            variant="default"
            loading={forwarding.loading}
            onClick={() => {
              setNotice('');
              void forward({ variables: { id: a.id } })
                .then((r) => setNotice(t.forwarded(r.data?.forwardAdvisory ?? 0)))
                .catch(() => undefined);
            }}
          >
            {t.forward}
          </Button>
          {forwarding.error ? <ErrorAlert error={forwarding.error} /> : null}
        </Stack>
      ) : null}

      {a.canManage && !draft ? <StatusOverviewPanel advisoryId={a.id} published /> : null}

      {a.canManage ? (
        <>
          <PublishDialog
            key={`p-${a.version}`}
            advisoryId={a.id}
            firstVersion={draft}
            opened={dialog === 'publish'}
            onClose={() => setDialog(null)}
            onDone={(v) => {
              setDialog(null);
              setNotice(t.published(v));
            }}
          />
          <TlpDialog
            key={`t-${a.tlp}`}
            advisoryId={a.id}
            current={a.tlp}
            opened={dialog === 'tlp'}
            onClose={() => setDialog(null)}
            onDone={(tlp) => {
              setDialog(null);
              setNotice(t.tlpChanged(tlpLabel(tlp)));
            }}
          />
        </>
      ) : null}
    </Page>
  );
}

interface RecipientsView {
  tlp: TlpLabelValue;
  recipients?: {
    organisations: { id: string; name: string; kind: OrganisationKind }[];
    members: { id: string; displayName: string; organisation: { name: string } }[];
    forwardedTo: { id: string; name: string }[];
  } | null;
}

/** For the managing CERT: who receives it now (the API shows recipients only to it). */
function RecipientsSummary({ advisory: a }: { advisory: RecipientsView }) {
  const kind = recipientKind(a.tlp);
  const r = a.recipients;
  if (kind === 'none') return <Text size="sm">{t.recipientsNotNeeded(tlpLabel(a.tlp))}</Text>;
  if (!r) return null;
  const list =
    kind === 'organisations'
      ? r.organisations.map((o) => `${o.name} (${organisationKindLabel(o.kind)})`)
      : r.members.map((m) => `${m.displayName} (${m.organisation.name})`);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t.recipients}
      </Text>
      {list.length ? (
        <Text size="sm">{list.join(', ')}</Text>
      ) : (
        <Alert color="orange">{t.recipientsNone}</Alert>
      )}
      {r.forwardedTo.length ? (
        <Text size="sm">
          {t.forwardedTo}: {r.forwardedTo.map((o) => o.name).join(', ')}
        </Text>
      ) : null}
    </Stack>
  );
}
