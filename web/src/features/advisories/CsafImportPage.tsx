import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Table, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { MAX_CSAF_BYTES } from './csaf-file';
import { csafMessagesOf, parseCsafProblem, testLabel } from './csaf-problems';
import { AdvisoryViewerQuery, ImportCsafMutation } from './operations';
import { ScrollTable } from './ScrollTable';
import { advisoryTexts as t } from './texts';
import './advisories.css';

/**
 * CSAF import: drop a file on the zone or choose it with the (keyboard-usable) file input; the
 * server validates it, and every finding of the validator is listed on its own row.
 */
export default function CsafImportPage() {
  const viewer = useQuery(AdvisoryViewerQuery);
  const [importCsaf, { data, loading, error, reset }] = useMutation(ImportCsafMutation);
  const [localError, setLocalError] = useState('');
  const [fileName, setFileName] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  if (!viewer.data) return <LoadingState />;
  if (viewer.data.me.organisation.kind !== 'CERT')
    return (
      <Page title={t.importTitle}>
        <Alert color="gray">{t.certOnly}</Alert>
      </Page>
    );

  const take = async (file: File | undefined) => {
    reset();
    setLocalError('');
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_CSAF_BYTES) {
      setLocalError(t.tooLarge);
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      setLocalError(t.notJson);
      return;
    }
    await importCsaf({ variables: { document } }).catch(() => undefined);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void take(e.dataTransfer.files[0]);
  };
  const problems = error ? csafMessagesOf(error).map(parseCsafProblem) : [];
  const imported = data?.importCsafAdvisory;

  return (
    <Page title={t.importTitle}>
      <Text>{t.importIntro}</Text>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>{t.dropZone}</Text>
          <label htmlFor="csaf-file">{t.fileLabel}</label>
          <input
            ref={input}
            id="csaf-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void take(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
          {fileName ? <Text size="sm">{fileName}</Text> : null}
        </Stack>
      </div>
      <div role="status" aria-live="polite">
        {loading ? <Text>{t.importing}</Text> : null}
        {imported ? (
          <Alert color="green" title={t.imported(imported.title)}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm" className="mono">
                {imported.trackingId}
              </Text>
              <Button component={Link} to={`/warnungen/${imported.id}`} size="xs">
                {t.openImported}
              </Button>
            </Stack>
          </Alert>
        ) : null}
      </div>
      {localError ? (
        <Alert color="red" role="alert">
          {localError}
        </Alert>
      ) : null}
      {error && problems.length ? (
        <Stack gap="sm">
          <Alert color="red" role="alert" title={t.problems(problems.length)}>
            {fileName}
          </Alert>
          <ScrollTable label={t.problemsCaption}>
            <Table withTableBorder captionSide="top">
              <caption>{t.problemsCaption}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.problemTest}</Table.Th>
                  <Table.Th scope="col">{t.problemPath}</Table.Th>
                  <Table.Th scope="col">{t.problemMessage}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{p.test ? testLabel(p.test) : '–'}</Table.Td>
                    <Table.Td className="mono">{p.path ?? '–'}</Table.Td>
                    {/* The validator's own words (English), as it reported them. */}
                    <Table.Td lang="en">{p.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </Stack>
      ) : error ? (
        <ErrorAlert error={error} />
      ) : null}
    </Page>
  );
}
