import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SituationReportQuery as Q } from '../../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { tlpLabel } from '../../../lib/labels';
import { MarkdownPreview } from '../../../ui/MarkdownPreview';
import { ErrorAlert, LoadingState } from '../../../ui/States';
import { ClearForSharingMutation, IncidentCsafQuery, SituationReportQuery } from './operations';
import { ResponseFrame, type ResponseIncident } from './ResponseFrame';
import { responseTexts as t } from './texts';

type Report = Q['situationReport'];

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

const fileDate = () => new Date().toISOString().slice(0, 10);

function Sharing({ report, onDuty }: { report: Report; onDuty: boolean }) {
  const [summary, setSummary] = useState(report.clearance?.summary ?? '');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [clear, { loading }] = useMutation(ClearForSharingMutation, {
    refetchQueries: [SituationReportQuery],
  });
  const shareable = report.tlp === 'CLEAR' || report.tlp === 'GREEN';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await clear({ variables: { input: { incidentId: report.incidentId, summary } } });
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="weitergabe"
      padding="lg"
      className="no-print"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="weitergabe">
          {t.report.sharing}
        </Title>
        {!shareable ? (
          <Text>{t.report.sharingRed(tlpLabel(report.tlp).replace('TLP:', ''))}</Text>
        ) : null}
        {shareable && !report.clearance ? <Text>{t.report.sharingNotCleared}</Text> : null}
        {report.clearance ? (
          <>
            <Text size="sm">
              {t.report.cleared(
                report.clearance.clearedByName,
                formatDateTime(report.clearance.clearedAt),
              )}
            </Text>
            <Text>{report.clearance.summary}</Text>
          </>
        ) : null}
        {shareable && onDuty ? (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="sm">
              <Textarea
                label={t.report.clearLabel}
                description={t.report.clearDescription}
                autosize
                minRows={3}
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
                error={error?.field === 'summary' ? error.message : undefined}
              />
              {error && error.field !== 'summary' ? (
                <Alert color="red" role="alert" variant="light">
                  {error.message}
                </Alert>
              ) : null}
              <Group>
                <Button type="submit" variant="default" loading={loading}>
                  {t.report.clearSubmit}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}

function ReportView({ incident }: { incident: ResponseIncident }) {
  const client = useApolloClient();
  const [csafError, setCsafError] = useState<unknown>(null);
  const { data, error, loading, refetch } = useQuery(SituationReportQuery, {
    variables: { incidentId: incident.id },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const report = data.situationReport;
  const base = `lagebericht-${fileDate()}`;
  const downloadCsaf = async () => {
    setCsafError(null);
    try {
      const res = await client.query({
        query: IncidentCsafQuery,
        variables: { incidentId: incident.id },
        fetchPolicy: 'network-only',
      });
      if (res.data) download(`${base}.csaf.json`, 'application/json', res.data.incidentCsaf);
    } catch (err) {
      setCsafError(err);
    }
  };
  return (
    <Stack gap="lg">
      <Group gap="sm" className="no-print">
        <Button onClick={() => window.print()}>{t.report.print}</Button>
        <Button
          variant="default"
          onClick={() =>
            download(`${base}.md`, 'text/markdown;charset=utf-8', report.reportMarkdown)
          }
        >
          {t.report.markdown}
        </Button>
        {report.exportable ? (
          <Button variant="default" onClick={() => void downloadCsaf()}>
            {t.report.csaf}
          </Button>
        ) : null}
        <Text size="sm">{t.report.generatedAt(formatDateTime(report.generatedAt))}</Text>
      </Group>
      {csafError ? <ErrorAlert error={csafError} /> : null}
      <Card withBorder padding="lg" className="print-sheet">
        <MarkdownPreview
          raw={report.reportMarkdown}
          empty=""
          loading={t.report.loading}
          label={t.report.preview}
        />
      </Card>
      <Sharing report={report} onDuty={data.mirtPermissions.onDuty} />
    </Stack>
  );
}

export default function ReportPage() {
  return (
    <ResponseFrame title={t.report.title}>
      {(incident) => <ReportView incident={incident} />}
    </ResponseFrame>
  );
}
