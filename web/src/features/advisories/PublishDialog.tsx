import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../lib/errors';
import { advisoryStatusLabel } from '../../lib/labels';
import { ErrorAlert } from '../../ui/States';
import { AdvisoryDetailQuery, PublishAdvisoryMutation } from './operations';
import { advisoryTexts as t } from './texts';

/** Publishes the first or a new version (INTERIM or FINAL) with the change summary the API asks for. */
export function PublishDialog({
  advisoryId,
  firstVersion,
  opened,
  onClose,
  onDone,
}: {
  advisoryId: string;
  firstVersion: boolean;
  opened: boolean;
  onClose: () => void;
  onDone: (version: string) => void;
}) {
  const [status, setStatus] = useState<'INTERIM' | 'FINAL'>('FINAL');
  const [summary, setSummary] = useState(firstVersion ? t.firstVersionSummary : '');
  const [summaryError, setSummaryError] = useState<string | undefined>();
  const [publish, { loading, error, reset }] = useMutation(PublishAdvisoryMutation, {
    refetchQueries: [{ query: AdvisoryDetailQuery, variables: { id: advisoryId } }],
    awaitRefetchQueries: true,
  });
  const info = error ? describeError(error) : null;
  return (
    <Modal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={firstVersion ? t.publish : t.newVersion}
      closeButtonProps={{ 'aria-label': t.close }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!summary.trim()) {
            setSummaryError(t.changeSummaryRequired);
            return;
          }
          setSummaryError(undefined);
          void publish({
            variables: { id: advisoryId, input: { status, changeSummary: summary.trim() } },
          })
            .then((r) => onDone(r.data?.publishAdvisory.version ?? ''))
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t.publishHint}</Text>
          <NativeSelect
            label={t.publishStatus}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as 'INTERIM' | 'FINAL')}
            data={(['INTERIM', 'FINAL'] as const).map((s) => ({
              value: s,
              label: advisoryStatusLabel(s),
            }))}
          />
          <Textarea
            label={t.changeSummary}
            value={summary}
            maxLength={1000}
            required
            autosize
            minRows={2}
            error={summaryError ?? (info?.field === 'changeSummary' ? info.message : undefined)}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
          {error && info?.field !== 'changeSummary' ? <ErrorAlert error={error} /> : null}
          <Group gap="sm">
            <Button type="submit" loading={loading}>
              {t.publishDo}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
