import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../gql';
import type { AcknowledgementStatus } from '../../gql/enums';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { acknowledgementStatusLabel } from '../../lib/labels';
import { ErrorAlert } from '../../ui/States';
import {
  AcknowledgeMutation,
  AcknowledgementItemFragment,
  AcknowledgerQuery,
  AdvisoryDetailQuery,
} from './operations';
import { advisoryTexts as t } from './texts';

const STATUSES: AcknowledgementStatus[] = ['READ', 'AFFECTED', 'NOT_AFFECTED', 'PATCHED'];

/** The name of the colleague who answered ("Ihnen" for oneself). */
function Who({ memberId, myId }: { memberId: string; myId: string }) {
  const { data } = useQuery(AcknowledgerQuery, {
    variables: { id: memberId },
    skip: memberId === myId,
  });
  if (memberId === myId) return <>{t.you}</>;
  return <>{data?.member.displayName ?? t.unknownMember}</>;
}

/** The organisation's status for the advisory: the form, the current answer and its history. */
export function AcknowledgementPanel({
  advisoryId,
  organisationName,
  myId,
  current: currentRef,
  history: historyRefs,
}: {
  advisoryId: string;
  organisationName: string;
  myId: string;
  current: FragmentType<typeof AcknowledgementItemFragment> | null | undefined;
  history: FragmentType<typeof AcknowledgementItemFragment>[];
}) {
  const current = getFragmentData(AcknowledgementItemFragment, currentRef);
  const history = getFragmentData(AcknowledgementItemFragment, historyRefs);
  const [status, setStatus] = useState<AcknowledgementStatus>(current?.status ?? 'READ');
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState('');
  const [acknowledge, { loading, error }] = useMutation(AcknowledgeMutation, {
    refetchQueries: [{ query: AdvisoryDetailQuery, variables: { id: advisoryId } }],
    awaitRefetchQueries: true,
  });
  const info = error ? describeError(error) : null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="ack-heading">
      <Title order={2} size="h3" id="ack-heading">
        {t.ackHeading}
      </Title>
      <Text size="sm">{t.ackIntro(organisationName)}</Text>
      <Text fw={600}>
        {current ? (
          <>
            {t.ackCurrent(acknowledgementStatusLabel(current.status))} ({t.by}{' '}
            <Who memberId={current.memberId} myId={myId} />, {formatDateTime(current.at)})
          </>
        ) : (
          t.ackNone
        )}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setNotice('');
          void acknowledge({
            variables: { id: advisoryId, input: { status, note: note.trim() || null } },
          })
            .then(() => {
              setNote('');
              setNotice(t.ackSaved);
            })
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm" maw={560}>
          <NativeSelect
            label={t.ackStatus}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as AcknowledgementStatus)}
            data={STATUSES.map((s) => ({ value: s, label: acknowledgementStatusLabel(s) }))}
          />
          <Textarea
            label={t.ackNote}
            value={note}
            maxLength={2000}
            autosize
            minRows={2}
            error={info?.field === 'note' ? info.message : undefined}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {error && info?.field !== 'note' ? (
            <ErrorAlert error={error} overrides={{ FORBIDDEN: t.ackNotExpected }} />
          ) : null}
          <Button type="submit" loading={loading} w="fit-content">
            {t.ackSend}
          </Button>
          <Text size="sm" role="status">
            {notice}
          </Text>
        </Stack>
      </form>
      {history.length ? (
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t.ackHistory}
          </Title>
          <ul className="ack-history">
            {history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <Text size="sm" span fw={600}>
                  {acknowledgementStatusLabel(h.status)}
                </Text>
                <Text size="sm" span>
                  {' – '}
                  <Who memberId={h.memberId} myId={myId} />, {formatDateTime(h.at)}
                </Text>
                {h.note ? <Text size="sm">„{h.note}“</Text> : null}
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
    </Stack>
  );
}
