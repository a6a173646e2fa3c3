import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
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
import { useSocket } from '../../lib/socket-context';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { ChannelSync, request, type ConnectionState } from './channel-sync';
import { ChannelMembers, TypingIndicator } from './ChannelSide';
import { ChannelTimeline, ThreadDrawer, type TimelineContext } from './ChannelTimeline';
import { ChatComposer } from './ChatComposer';
import { channelTitle } from './channel-title';
import type { MessageActions } from './MessageItem';
import {
  ChatChannelQuery,
  ChatHistoryQuery,
  HISTORY_PAGE,
  OpenDirectChannelMutation,
} from './operations';
import { chatTexts as t } from './texts';
import { TimelineStore, type ChatMessage } from './timeline-store';
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
  useEffect(() => {
    if (!sync) return;
    sync.open();
    return () => sync.close();
  }, [sync]);
  // A message written before the socket exists (page loading, socket being replaced) waits in
  // the store as pending: the sync sends it after its join. The composer never holds it back.
  const send = useCallback(
    (body: string, threadRootId: string | null) => {
      if (sync) sync.send(body, threadRootId);
      else store.send(body, threadRootId);
    },
    [sync, store],
  );
  const sendToChannel = useCallback((body: string) => send(body, null), [send]);

  const connection: ConnectionState = useSyncExternalStore(
    sync?.subscribe ?? noSubscribe,
    sync?.getConnection ?? (() => 'connecting' as const),
  );

  const lastTypingSent = useRef(0);
  const onTyping = useCallback(() => {
    if (!socket?.connected || Date.now() - lastTypingSent.current < 3000) return;
    lastTypingSent.current = Date.now();
    void request(socket, 'typing', { channelId: channel.id }).catch(() => undefined);
  }, [socket, channel.id]);

  const [threadRoot, setThreadRoot] = useState<string | null>(null);
  const closeThread = useCallback(() => setThreadRoot(null), []);
  const [openDirect] = useMutation(OpenDirectChannelMutation);
  const onDirect = useCallback(
    (memberId: string) =>
      void openDirect({ variables: { memberIds: [memberId] } })
        .then((r) => {
          if (r.data) void navigate(`/chat/${r.data.openDirectChannel.id}`);
        })
        .catch((e: unknown) => setProblem(errorMessage(e))),
    [openDirect, navigate],
  );

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

  const title = channelTitle(channel, me.id);
  const readOnly = !!channel.archivedAt || !channel.myRole;
  const offline = connection === 'offline';
  const nameOf = useCallback((id: string) => names.get(id) ?? t.unknownSender, [names]);
  const timeline = useMemo<TimelineContext>(
    () => ({
      store,
      selfId: me.id,
      nameOf,
      canModerate: channel.myRole === 'ADMIN',
      readOnly,
      offline,
      actions,
    }),
    [store, me.id, nameOf, channel.myRole, readOnly, offline, actions],
  );
  const candidates = useMemo(
    () =>
      channel.members.flatMap((m) =>
        m.member && m.memberId !== me.id
          ? [{ id: m.memberId, displayName: m.member.displayName, handle: m.member.handle }]
          : [],
      ),
    [channel.members, me.id],
  );

  // This component does not follow the timeline store: a new message re-renders the timeline
  // (ChannelTimeline), a typing event the typing line, a presence change the member list.
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
          <ChannelTimeline
            context={timeline}
            sync={sync}
            label={t.logLabel(title)}
            channelId={channel.id}
            lastReadSeq={channel.lastReadSeq}
            isMember={!!channel.myRole}
          />
          <TypingIndicator channelId={channel.id} selfId={me.id} />
          {channel.archivedAt ? (
            <Alert color="gray">{t.archivedNote}</Alert>
          ) : channel.myRole ? (
            <ChatComposer
              label={t.composerLabel}
              members={candidates}
              onSend={sendToChannel}
              onTyping={onTyping}
            />
          ) : null}
        </Stack>
        <ChannelMembers
          members={channel.members}
          kind={channel.kind}
          selfId={me.id}
          connected={connection === 'online' || connection === 'restored'}
          onDirect={onDirect}
        />
      </div>
      <ThreadDrawer
        context={timeline}
        rootId={threadRoot}
        onClose={closeThread}
        members={candidates}
        onSend={send}
        onTyping={onTyping}
      />
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
