import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ForumFlagReason } from '../../gql/enums';
import { forumFlagReasonLabel } from '../../lib/labels';
import { ErrorAlert } from '../../ui/States';
import { FlagPostMutation } from './operations';
import { forumTexts as t } from './texts';

const REASONS: ForumFlagReason[] = ['SPAM', 'INAPPROPRIATE', 'OFF_TOPIC', 'ILLEGAL', 'OTHER'];

/** Report a post to the moderators: reason and an optional note. */
export function FlagDialog({
  post,
  onClose,
  onSent,
}: {
  post: { id: string; postNumber: number } | null;
  onClose: () => void;
  onSent: () => void;
}) {
  const [reason, setReason] = useState<ForumFlagReason>('SPAM');
  const [note, setNote] = useState('');
  const [flag, state] = useMutation(FlagPostMutation);
  return (
    <Modal
      opened={post !== null}
      onClose={onClose}
      title={post ? t.flagTitle(post.postNumber) : ''}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!post) return;
          void flag({
            variables: { input: { postId: post.id, reason, note: note.trim() || null } },
          })
            .then(() => {
              setNote('');
              onSent();
            })
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <NativeSelect
            label={t.flagReason}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value as ForumFlagReason)}
            data={REASONS.map((r) => ({ value: r, label: forumFlagReasonLabel(r) }))}
          />
          <Textarea
            label={t.flagNote}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={1000}
          />
          {state.error ? <ErrorAlert error={state.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.cancel}
            </Button>
            <Button type="submit" loading={state.loading}>
              {t.flagSend}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
