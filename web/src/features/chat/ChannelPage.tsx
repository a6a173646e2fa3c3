import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ChatChannelQuery as ChannelData } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import type { PresenceStatus } from '../../lib/socket';
import { useSocket, useSocketEvent } from '../../lib/socket-context';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { ChannelSync, request, type ConnectionState } from './channel-sync';
import { ChatComposer } from './ChatComposer';
import { channelTitle } from './channel-title';
import { MessageItem, OutgoingItem, type MessageActions } from './MessageItem';
import { MessageList } from './MessageList';
import {
  ChatChannelQuery,
  ChatHistoryQuery,
  HISTORY_PAGE,
  MarkChannelReadMutation,
  OpenDirectChannelMutation,
} from './operations';
import { chatTexts as t } from './texts';
import { TimelineStore, type ChatMessage, type TimelineEntry } from './timeline-store';
import './chat.css';

type Channel = ChannelData['channel'];

/** A channel: live timeline, composer, members with presence, threads. */
export default function ChannelPage() {
  const { channelId = '' } = useParams();
  const query = useQuery(ChatChannelQuery, {
    variables: { id: channelId },
    fetchPolicy: 'cache-and-network',
  });
  const { error, refetch } = query;
  // While the query reads again (a cache change it cannot answer from the cache), the channel
  // stays on screen: unmounting the view would drop the timeline and what is in the composer.
  // An error (no access any more, not found) is shown, not hidden behind the old data.
  const data =
    query.data ??
    (!error && query.previousData?.channel.id === channelId ? query.previousData : undefined);
  if (error && !data)
    return (
      <Page title={t.title}>
        <ErrorAlert
          error={error}
          overrides={{ NOT_FOUND: t.channelNotFound }}
          onRetry={() => void refetch()}
        />
        <AppLink to="/chat">{t.backToList}</AppLink>
      </Page>
    );
  if (!data || data.channel.id !== channelId) return <LoadingState />;
  return <ChannelView key={channelId} channel={data.channel} me={data.me} />;
}

const noSubscribe = () => () => undefined;

function ChannelView({ channel, me }: { channel: Channel; me: ChannelData['me'] }) {
  const socket = useSocket();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const store = useMemo(() => new TimelineStore(channel.id, me.id), [channel.id, me.id]);
  // Senders known from history pages (a former member's name too) and the member list.
  const [historyNames, setHistoryNames] = useState<Record<string, string>>({});
  const names = useMemo(() => {
    const map = new Map(Object.entries(historyNames));
    for (const m of channel.members) if (m.member) map.set(m.memberId, m.member.displayName);
    return map;
  }, [historyNames, channel.members]);

  const loadHistory = useCallback(
    async (before: number | null) => {
      const result = await client.query({
        query: ChatHistoryQuery,
        variables: { channelId: channel.id, before, first: HISTORY_PAGE },
        fetchPolicy: 'network-only',
      });
      if (!result.data) throw new Error(t.channelNotFound);
      const page = result.data.messages;
      const fresh = page.nodes.filter((n) => n.sender);
      if (fresh.length)
        setHistoryNames((prev) => ({
          ...prev,
          ...Object.fromEntries(fresh.map((n) => [n.sender!.id, n.sender!.displayName])),
        }));
      return {
        messages: page.nodes.map((n): ChatMessage => ({
          id: n.id,
          channelId: n.channelId,
          seq: n.seq,
          changeSeq: n.changeSeq,
          clientMessageId: n.clientMessageId,
          senderId: n.senderId,
          body: n.body,
          threadRootId: n.threadRootId,
          editedAt: n.editedAt,
          deletedAt: n.deletedAt,
          createdAt: n.createdAt,
          reactions: n.reactions.map((r) => ({
            emoji: r.emoji,
            count: r.count,
            memberIds: r.memberIds,
          })),
        })),
        hasMore: page.hasMore,
      };
    },
    [client, channel.id],
  );

  const sync = useMemo(
    () => (socket ? new ChannelSync(socket, store, loadHistory, setProblem) : null),
    [socket, store, loadHistory],
  );
  // A message written before the socket exists (page loading, socket being replaced) waits in
  // the store as pending: the sync sends it after its join. The composer never holds it back.
  const send = (body: string, threadRootId: string | null) => {
    if (sync) sync.send(body, threadRootId);
    else store.send(body, threadRootId);
  };
  useEffect(() => {
    if (!sync) return;
    sync.open();
    return () => sync.close();
  }, [sync]);

  useSyncExternalStore(store.subscribe, store.getVersion);
  const connection: ConnectionState = useSyncExternalStore(
    sync?.subscribe ?? noSubscribe,
    sync?.getConnection ?? (() => 'connecting' as const),
  );

  // Read marker: the newest loaded seq, once it is on screen.
  const [markRead] = useMutation(MarkChannelReadMutation);
  const readUpTo = useRef(channel.lastReadSeq);
  const highest = store.highestSeq();
  useEffect(() => {
    if (!channel.myRole || highest <= readUpTo.current) return;
    const timer = setTimeout(() => {
      readUpTo.current = highest;
      void markRead({ variables: { channelId: channel.id, seq: highest } }).catch(() => undefined);
    }, 800);
    return () => clearTimeout(timer);
  }, [highest, channel.id, channel.myRole, markRead]);

  // Typing: who, until when.
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});
  useSocketEvent(
    'typing',
    useCallback(
      (e: { channelId: string; memberId: string; displayName: string }) => {
        if (e.channelId !== channel.id || e.memberId === me.id) return;
        setTyping((prev) => ({
          ...prev,
          [e.memberId]: { name: e.displayName, until: Date.now() + 5000 },
        }));
      },
      [channel.id, me.id],
    ),
  );
  useEffect(() => {
    if (!Object.keys(typing).length) return;
    const timer = setInterval(() => {
      const now = Date.now();
      setTyping((prev) =>
        Object.fromEntries(Object.entries(prev).filter(([, v]) => v.until > now)),
      );
    }, 1000);
    return () => clearInterval(timer);
  }, [typing]);
  // A new message from someone ends their typing.
  const lastTypingSent = useRef(0);
  const onTyping = () => {
    if (!socket?.connected || Date.now() - lastTypingSent.current < 3000) return;
    lastTypingSent.current = Date.now();
    void request(socket, 'typing', { channelId: channel.id }).catch(() => undefined);
  };

  // Presence of the channel's members.
  const [presence, setPresence] = useState<Record<string, PresenceStatus>>({});
  const memberIds = useMemo(
    () => channel.members.map((m) => m.memberId).slice(0, 100),
    [channel.members],
  );
  useEffect(() => {
    if (!socket || connection === 'offline' || connection === 'connecting') return;
    void request(socket, 'presence:query', { memberIds })
      .then((a) => setPresence(a.statuses))
      .catch(() => undefined);
  }, [socket, memberIds, connection]);
  useSocketEvent(
    'presence',
    useCallback((p: { memberId: string; status: PresenceStatus }) => {
      setPresence((prev) => ({ ...prev, [p.memberId]: p.status }));
    }, []),
  );

  const [threadRoot, setThreadRoot] = useState<string | null>(null);
  const [openDirect] = useMutation(OpenDirectChannelMutation);

  const change = (work: (s: NonNullable<typeof socket>) => Promise<{ message: ChatMessage }>) => {
    if (!socket) return;
    setProblem(null);
    void work(socket)
      .then((a) => store.applyLive(a.message))
      .catch((e: unknown) => setProblem(errorMessage(e)));
  };
  const latestActions: MessageActions = {
    react: (m, emoji, add) =>
      change((s) => request(s, 'message:react', { messageId: m.id, emoji, add })),
    edit: (m, body) => change((s) => request(s, 'message:edit', { messageId: m.id, body })),
    remove: (m) => {
      if (window.confirm(t.deleteConfirm))
        change((s) => request(s, 'message:delete', { messageId: m.id }));
    },
    openThread: (m) => setThreadRoot(m.id),
    retry: (id) => sync?.retry(id),
    discard: (id) => store.discard(id),
  };
  // One object for the page's lifetime that calls the latest closures: the memoised message items
  // then re-render only when their own message changes, not on every new message of the channel.
  const actionsRef = useRef(latestActions);
  useLayoutEffect(() => {
    actionsRef.current = latestActions;
  });
  const actions = useMemo<MessageActions>(
    () => ({
      react: (...a) => actionsRef.current.react(...a),
      edit: (...a) => actionsRef.current.edit(...a),
      remove: (...a) => actionsRef.current.remove(...a),
      openThread: (...a) => actionsRef.current.openThread(...a),
      retry: (...a) => actionsRef.current.retry(...a),
      discard: (...a) => actionsRef.current.discard(...a),
    }),
    [],
  );

  const entries = store.entries();
  const main = entries.filter((e) => e.message.threadRootId === null);
  const replies = new Map<string, TimelineEntry[]>();
  for (const e of entries) {
    const root = e.message.threadRootId;
    if (root) replies.set(root, [...(replies.get(root) ?? []), e]);
  }
  const title = channelTitle(channel, me.id);
  const readOnly = !!channel.archivedAt || !channel.myRole;
  const canModerate = channel.myRole === 'ADMIN';
  const offline = connection === 'offline';
  const candidates = channel.members.flatMap((m) =>
    m.member && m.memberId !== me.id
      ? [{ id: m.memberId, displayName: m.member.displayName, handle: m.member.handle }]
      : [],
  );
  const nameOf = (id: string) => names.get(id) ?? t.unknownSender;
  const renderEntry = (e: TimelineEntry, inThread = false) =>
    e.kind === 'message' ? (
      <li key={e.message.id}>
        <MessageItem
          message={e.message}
          senderName={nameOf(e.message.senderId)}
          selfId={me.id}
          canModerate={canModerate}
          readOnly={readOnly}
          replyCount={inThread ? undefined : replies.get(e.message.id)?.length}
          actions={actions}
        />
      </li>
    ) : (
      <li key={e.message.clientMessageId}>
        <OutgoingItem message={e.message} offline={offline} actions={actions} />
      </li>
    );
  const keyOf = (e: TimelineEntry | undefined) =>
    !e ? null : e.kind === 'message' ? e.message.id : e.message.clientMessageId;
  const rootMessage: ChatMessage | undefined = threadRoot ? store.get(threadRoot) : undefined;
  const typingNames = Object.values(typing).map((v) => v.name);

  return (
    <Page
      title={title}
      actions={
        <Button component={Link} to="/chat" variant="default">
          {t.backToList}
        </Button>
      }
    >
      <Group gap="xs">
        <Badge color="gray.9" variant="outline">
          {t.kind[channel.kind]}
        </Badge>
        {channel.archivedAt ? <Badge color="gray.9">{t.archived}</Badge> : null}
      </Group>
      {channel.tlp === 'RED' ? (
        <div className="tlp-banner" role="note" aria-label={t.tlpRed}>
          <span className="tlp-label-red">{t.tlpRed}</span>
          <Text size="sm" c="white">
            {t.tlpRedNote}
          </Text>
        </div>
      ) : null}
      {channel.topic ? <Text>{channel.topic}</Text> : null}
      <ConnectionNotice state={connection} />
      {problem ? (
        <Alert
          color="red"
          title={t.failed}
          withCloseButton
          closeButtonLabel={t.cancel}
          onClose={() => setProblem(null)}
        >
          {problem}
        </Alert>
      ) : null}
      <div className="chat-layout">
        <Stack gap="xs" className="chat-main">
          {store.oldestSeq === null ? (
            <LoadingState />
          ) : (
            <MessageList
              label={t.logLabel(title)}
              items={main.map((e) => renderEntry(e))}
              firstKey={keyOf(main[0])}
              lastKey={keyOf(main[main.length - 1])}
              hasOlder={store.hasOlder}
              onLoadOlder={() => sync?.loadOlder() ?? Promise.resolve()}
              empty={main.length === 0}
            />
          )}
          <Text size="sm" className="chat-typing" aria-live="polite">
            {typingNames.length ? t.typing(typingNames) : ' '}
          </Text>
          {channel.archivedAt ? (
            <Alert color="gray">{t.archivedNote}</Alert>
          ) : channel.myRole ? (
            <ChatComposer
              label={t.composerLabel}
              members={candidates}
              onSend={(body) => send(body, null)}
              onTyping={onTyping}
            />
          ) : null}
        </Stack>
        <aside className="chat-members" aria-labelledby="chat-members-title">
          <Title order={2} size="h4" id="chat-members-title">
            {t.members} ({channel.members.length})
          </Title>
          <ul className="plain-list">
            {channel.members.map((m) => {
              const status = presence[m.memberId] ?? 'offline';
              return (
                <li key={m.memberId} className="chat-member">
                  <span className={`presence-dot ${status}`} aria-hidden />
                  <span>
                    {m.member ? (
                      <AppLink to={`/mitglieder/${m.memberId}`}>{m.member.displayName}</AppLink>
                    ) : (
                      t.unknownSender
                    )}
                    <Text component="span" size="xs">
                      {' '}
                      ({t.presence[status]}
                      {m.role === 'ADMIN' ? `, ${t.channelAdmin}` : ''})
                    </Text>
                  </span>
                  {m.member && m.memberId !== me.id && channel.kind !== 'DIRECT' ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t.directMessage(m.member.displayName)}
                      onClick={() =>
                        void openDirect({ variables: { memberIds: [m.memberId] } })
                          .then((r) => {
                            if (r.data) void navigate(`/chat/${r.data.openDirectChannel.id}`);
                          })
                          .catch((e: unknown) => setProblem(errorMessage(e)))
                      }
                    >
                      {t.directShort}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </aside>
      </div>
      <Drawer
        opened={!!rootMessage}
        onClose={() => setThreadRoot(null)}
        position="right"
        size="md"
        title={t.thread}
        closeButtonProps={{ 'aria-label': t.closeThread }}
      >
        {rootMessage ? (
          <Stack gap="sm">
            <ol className="plain-list">
              {renderEntry({ kind: 'message', message: rootMessage }, true)}
            </ol>
            <Text size="sm">{t.threadNote}</Text>
            <div role="log" aria-label={t.thread}>
              <ol className="plain-list chat-log">
                {(replies.get(rootMessage.id) ?? []).map((e) => renderEntry(e, true))}
              </ol>
            </div>
            {!replies.get(rootMessage.id)?.length ? <Text size="sm">{t.threadEmpty}</Text> : null}
            {!readOnly ? (
              <ChatComposer
                label={t.threadComposerLabel}
                members={candidates}
                onSend={(body) => send(body, rootMessage.id)}
                onTyping={onTyping}
              />
            ) : null}
          </Stack>
        ) : null}
      </Drawer>
    </Page>
  );
}

function ConnectionNotice({ state }: { state: ConnectionState }) {
  return (
    <div role="status" aria-live="polite" className="chat-connection">
      {state === 'offline' ? (
        <Alert color="orange" variant="outline" data-testid="connection-lost">
          {t.disconnected}
        </Alert>
      ) : state === 'restored' ? (
        <Alert color="green" variant="outline" data-testid="connection-restored">
          {t.reconnected}
        </Alert>
      ) : null}
    </div>
  );
}
