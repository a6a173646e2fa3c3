import { useMutation } from '@apollo/client/react';
import { Drawer, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ChannelSync } from './channel-sync';
import { ChatComposer } from './ChatComposer';
import { MessageItem, OutgoingItem, type MessageActions } from './MessageItem';
import { MessageList } from './MessageList';
import type { MentionCandidate } from './mentions';
import { MarkChannelReadMutation } from './operations';
import { chatTexts as t } from './texts';
import type { ChatMessage, TimelineEntry, TimelineStore } from './timeline-store';
import { LoadingState } from '../../ui/States';

/** What a timeline needs to draw its messages; stable for the channel page's lifetime. */
export interface TimelineContext {
  store: TimelineStore;
  selfId: string;
  nameOf: (memberId: string) => string;
  canModerate: boolean;
  readOnly: boolean;
  offline: boolean;
  actions: MessageActions;
}

/**
 * The store's entries, split into the main timeline and the replies of each thread. Only the
 * components that call this re-render for a new message: the rest of the channel page (members,
 * composer, typing line) does not, which keeps a busy channel cheap for the browser.
 */
function useTimeline(store: TimelineStore) {
  useSyncExternalStore(store.subscribe, store.getVersion);
  const entries = store.entries();
  const main = entries.filter((e) => e.message.threadRootId === null);
  const replies = new Map<string, TimelineEntry[]>();
  for (const e of entries) {
    const root = e.message.threadRootId;
    if (root) replies.set(root, [...(replies.get(root) ?? []), e]);
  }
  return { main, replies };
}

function renderEntry(
  c: TimelineContext,
  e: TimelineEntry,
  replies: Map<string, TimelineEntry[]>,
  inThread = false,
): ReactNode {
  return e.kind === 'message' ? (
    <li key={e.message.id}>
      <MessageItem
        message={e.message}
        senderName={c.nameOf(e.message.senderId)}
        selfId={c.selfId}
        canModerate={c.canModerate}
        readOnly={c.readOnly}
        replyCount={inThread ? undefined : replies.get(e.message.id)?.length}
        actions={c.actions}
      />
    </li>
  ) : (
    <li key={e.message.clientMessageId}>
      <OutgoingItem message={e.message} offline={c.offline} actions={c.actions} />
    </li>
  );
}

const keyOf = (e: TimelineEntry | undefined) =>
  !e ? null : e.kind === 'message' ? e.message.id : e.message.clientMessageId;

/** The channel's main timeline, and the read marker that follows it. */
export function ChannelTimeline({
  context,
  sync,
  label,
  channelId,
  lastReadSeq,
  isMember,
}: {
  context: TimelineContext;
  sync: ChannelSync | null;
  label: string;
  channelId: string;
  lastReadSeq: number;
  isMember: boolean;
}) {
  const { store } = context;
  const { main, replies } = useTimeline(store);

  // Read marker: the newest loaded seq, once it is on screen.
  const [markRead] = useMutation(MarkChannelReadMutation);
  const readUpTo = useRef(lastReadSeq);
  const highest = store.highestSeq();
  useEffect(() => {
    if (!isMember || highest <= readUpTo.current) return;
    const timer = setTimeout(() => {
      readUpTo.current = highest;
      void markRead({ variables: { channelId, seq: highest } }).catch(() => undefined);
    }, 800);
    return () => clearTimeout(timer);
  }, [highest, channelId, isMember, markRead]);

  if (store.oldestSeq === null) return <LoadingState />;
  return (
    <MessageList
      label={label}
      items={main.map((e) => renderEntry(context, e, replies))}
      firstKey={keyOf(main[0])}
      lastKey={keyOf(main[main.length - 1])}
      hasOlder={store.hasOlder}
      onLoadOlder={() => sync?.loadOlder() ?? Promise.resolve()}
      empty={main.length === 0}
    />
  );
}

/**
 * A thread: its first message, the replies and a composer for the next one. Only an open drawer
 * follows the store (a closed one does not re-render for every message of the channel).
 */
export function ThreadDrawer({
  context,
  rootId,
  onClose,
  members,
  onSend,
  onTyping,
}: {
  context: TimelineContext;
  rootId: string | null;
  onClose: () => void;
  members: MentionCandidate[];
  onSend: (body: string, threadRootId: string | null) => void;
  onTyping: () => void;
}) {
  return (
    <Drawer
      opened={rootId !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={t.thread}
      closeButtonProps={{ 'aria-label': t.closeThread }}
    >
      {rootId !== null ? (
        <ThreadContent
          context={context}
          rootId={rootId}
          members={members}
          onSend={onSend}
          onTyping={onTyping}
        />
      ) : null}
    </Drawer>
  );
}

function ThreadContent({
  context,
  rootId,
  members,
  onSend,
  onTyping,
}: {
  context: TimelineContext;
  rootId: string;
  members: MentionCandidate[];
  onSend: (body: string, threadRootId: string | null) => void;
  onTyping: () => void;
}) {
  const { replies } = useTimeline(context.store);
  const rootMessage: ChatMessage | undefined = context.store.get(rootId);
  if (!rootMessage) return null;
  const threadReplies = replies.get(rootMessage.id) ?? [];
  return (
    <Stack gap="sm">
      <ol className="plain-list">
        {renderEntry(context, { kind: 'message', message: rootMessage }, replies, true)}
      </ol>
      <Text size="sm">{t.threadNote}</Text>
      <div role="log" aria-label={t.thread}>
        <ol className="plain-list chat-log">
          {threadReplies.map((e) => renderEntry(context, e, replies, true))}
        </ol>
      </div>
      {!threadReplies.length ? <Text size="sm">{t.threadEmpty}</Text> : null}
      {!context.readOnly ? (
        <ChatComposer
          label={t.threadComposerLabel}
          members={members}
          onSend={(body) => onSend(body, rootMessage.id)}
          onTyping={onTyping}
        />
      ) : null}
    </Stack>
  );
}
