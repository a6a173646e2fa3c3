import { ActionIcon, Button, Group, Menu, Text, Textarea } from '@mantine/core';
import { memo, useState } from 'react';
import { formatDateTime, formatTime } from '../../lib/format';
import { chatTexts as t, REACTIONS } from './texts';
import type { ChatMessage, OutgoingMessage } from './timeline-store';

export interface MessageActions {
  react: (m: ChatMessage, emoji: string, add: boolean) => void;
  edit: (m: ChatMessage, body: string) => void;
  remove: (m: ChatMessage) => void;
  openThread: (m: ChatMessage) => void;
  retry: (clientMessageId: string) => void;
  discard: (clientMessageId: string) => void;
}

/**
 * One stored message: focusable, its actions in a menu reachable by keyboard. Memoised: a new
 * message in a busy channel renders that one item, not every item of the log again (the
 * TimelineStore keeps a message object's identity until the message changes).
 */
export const MessageItem = memo(function MessageItem({
  message,
  senderName,
  selfId,
  canModerate,
  readOnly,
  replyCount,
  actions,
}: {
  message: ChatMessage;
  senderName: string;
  selfId: string;
  canModerate: boolean;
  readOnly: boolean;
  replyCount?: number;
  actions: MessageActions;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const own = message.senderId === selfId;
  const deleted = !!message.deletedAt;
  const time = formatTime(message.createdAt);
  const name = own ? t.you : senderName;

  const saveEdit = () => {
    if (draft.trim() && draft !== message.body) actions.edit(message, draft);
    setEditing(false);
  };

  return (
    <article
      className={`chat-message${own ? ' own' : ''}`}
      // Focusable: keyboard users reach each message, then its actions (issue 14).
      // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={t.messageLabel(name, formatDateTime(message.createdAt))}
      data-seq={message.seq}
      data-testid="chat-message"
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <div className="chat-message-head">
          <Text component="span" fw={700} size="sm">
            {name}
          </Text>{' '}
          <Text component="time" size="sm" dateTime={message.createdAt}>
            {time}
          </Text>
          {own && !deleted ? (
            <Text component="span" size="xs" className="chat-state" data-state="sent">
              {' '}
              · ✓ {t.sent}
            </Text>
          ) : null}
          {message.editedAt && !deleted ? (
            <Text component="span" size="sm">
              {' '}
              ({t.edited})
            </Text>
          ) : null}
        </div>
        {!deleted && !readOnly ? (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="dark" aria-label={t.actions(name)}>
                <span aria-hidden>⋯</span>
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {REACTIONS.map((r) => {
                const mine = !!message.reactions
                  .find((x) => x.emoji === r.emoji)
                  ?.memberIds.includes(selfId);
                return (
                  <Menu.Item
                    key={r.emoji}
                    leftSection={<span aria-hidden>{r.emoji}</span>}
                    onClick={() => actions.react(message, r.emoji, !mine)}
                  >
                    {t.reactWith(r.label)}
                  </Menu.Item>
                );
              })}
              {message.threadRootId === null ? (
                <Menu.Item onClick={() => actions.openThread(message)}>{t.replyInThread}</Menu.Item>
              ) : null}
              {own ? (
                <Menu.Item
                  onClick={() => {
                    setDraft(message.body ?? '');
                    setEditing(true);
                  }}
                >
                  {t.edit}
                </Menu.Item>
              ) : null}
              {own || canModerate ? (
                <Menu.Item color="red.9" onClick={() => actions.remove(message)}>
                  {t.delete}
                </Menu.Item>
              ) : null}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {deleted ? (
        <Text size="sm" fs="italic">
          {t.deleted}
        </Text>
      ) : editing ? (
        <Stack2>
          <Textarea
            label={t.editLabel}
            value={draft}
            autosize
            minRows={1}
            ref={(el) => el?.focus()}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                saveEdit();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                setEditing(false);
              }
            }}
          />
          <Group gap="xs">
            <Button size="xs" onClick={saveEdit}>
              {t.save}
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </Group>
        </Stack2>
      ) : (
        <Text className="chat-body">{message.body}</Text>
      )}
      {message.reactions.length || replyCount ? (
        <Group gap="xs" mt={4}>
          {message.reactions.map((r) => {
            const mine = r.memberIds.includes(selfId);
            return (
              <Button
                key={r.emoji}
                size="compact-xs"
                variant={mine ? 'light' : 'default'}
                aria-pressed={mine}
                disabled={readOnly || deleted}
                onClick={() => actions.react(message, r.emoji, !mine)}
                aria-label={t.reactionChip(r.emoji, r.count, mine)}
              >
                {r.emoji} {r.count}
              </Button>
            );
          })}
          {replyCount ? (
            <Button size="compact-xs" variant="subtle" onClick={() => actions.openThread(message)}>
              {t.openThread(replyCount)}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </article>
  );
});

function Stack2({ children }: { children: React.ReactNode }) {
  return <div className="chat-edit">{children}</div>;
}

/** An own message the server has not stored yet: pending, or failed with retry. */
export const OutgoingItem = memo(function OutgoingItem({
  message,
  offline,
  actions,
}: {
  message: OutgoingMessage;
  offline: boolean;
  actions: MessageActions;
}) {
  const failed = message.state === 'failed';
  return (
    <article
      className={`chat-message own outgoing${failed ? ' failed' : ''}`}
      // Focusable: keyboard users reach each message, then its actions (issue 14).
      // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={t.messageLabel(t.you, formatDateTime(message.createdAt))}
      data-testid="chat-message"
      data-state={message.state}
    >
      <div className="chat-message-head">
        <Text component="span" fw={700} size="sm">
          {t.you}
        </Text>
      </div>
      <Text className="chat-body">{message.body}</Text>
      <Group gap="xs" mt={4}>
        {failed ? (
          <>
            <Text size="xs" c="red.9" fw={700} className="chat-state" data-state="failed">
              {t.failed}
              {message.error ? `: ${message.error}` : ''}
            </Text>
            <Button size="compact-xs" onClick={() => actions.retry(message.clientMessageId)}>
              {t.retry}
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => actions.discard(message.clientMessageId)}
            >
              {t.discard}
            </Button>
          </>
        ) : (
          <Text size="xs" className="chat-state" data-state="pending">
            {offline ? t.pendingOffline : t.pending}
          </Text>
        )}
      </Group>
    </article>
  );
});
