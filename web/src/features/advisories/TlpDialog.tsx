import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { TlpLabel } from '../../gql/enums';
import { describeError } from '../../lib/errors';
import { tlpLabel } from '../../lib/labels';
import { ErrorAlert } from '../../ui/States';
import { AdvisoryDetailQuery, LowerTlpMutation, RaiseTlpMutation } from './operations';
import { TLP_ORDER, tlpAudience, tlpDirection } from './tlp';
import { advisoryTexts as t } from './texts';

/** Raises the label, or lowers it with the reason the API asks for (both audited). */
export function TlpDialog({
  advisoryId,
  current,
  opened,
  onClose,
  onDone,
}: {
  advisoryId: string;
  current: TlpLabel;
  opened: boolean;
  onClose: () => void;
  onDone: (tlp: TlpLabel) => void;
}) {
  const [tlp, setTlp] = useState<TlpLabel>(current);
  const [reason, setReason] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  const refetch = {
    refetchQueries: [{ query: AdvisoryDetailQuery, variables: { id: advisoryId } }],
    awaitRefetchQueries: true,
  };
  const [raise, raising] = useMutation(RaiseTlpMutation, refetch);
  const [lower, lowering] = useMutation(LowerTlpMutation, refetch);
  const direction = tlpDirection(current, tlp);
  const error = raising.error ?? lowering.error;
  const info = error ? describeError(error) : null;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t.tlpTitle}
      closeButtonProps={{ 'aria-label': t.close }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setHint(undefined);
          if (direction === 'same') {
            setHint(t.tlpSame);
            return;
          }
          if (direction === 'lower' && reason.trim().length < 3) {
            setHint(t.tlpReasonRequired);
            return;
          }
          const done = () => onDone(tlp);
          if (direction === 'raise')
            void raise({ variables: { id: advisoryId, tlp } })
              .then(done)
              .catch(() => undefined);
          else
            void lower({ variables: { id: advisoryId, tlp, reason: reason.trim() } })
              .then(done)
              .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <NativeSelect
            label={t.tlpNew}
            value={tlp}
            description={tlpAudience(tlp)}
            error={direction === 'same' ? hint : undefined}
            onChange={(e) => setTlp(e.currentTarget.value as TlpLabel)}
            data={TLP_ORDER.map((l) => ({ value: l, label: tlpLabel(l) }))}
          />
          {direction === 'raise' ? <Alert color="blue">{t.tlpRaiseHint}</Alert> : null}
          {direction === 'lower' ? (
            <>
              <Alert color="orange">{t.tlpLowerHint}</Alert>
              <Textarea
                label={t.tlpReason}
                value={reason}
                required
                maxLength={1000}
                autosize
                minRows={2}
                error={
                  hint && direction === 'lower'
                    ? hint
                    : info?.field === 'reason'
                      ? info.message
                      : undefined
                }
                onChange={(e) => setReason(e.currentTarget.value)}
              />
            </>
          ) : null}
          {error && info?.field !== 'reason' ? <ErrorAlert error={error} /> : null}
          <Group gap="sm">
            <Button type="submit" loading={raising.loading || lowering.loading}>
              {t.tlpDo}
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
