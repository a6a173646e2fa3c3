import { Button, Text, Title } from '@mantine/core';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChatChannelQuery as ChannelData } from '../../gql/graphql';
import type { PresenceStatus } from '../../lib/socket';
import { useSocket, useSocketEvent } from '../../lib/socket-context';
import { AppLink } from '../../ui/Link';
import { request } from './channel-sync';
import { chatTexts as t } from './texts';

type Channel = ChannelData['channel'];

const sameNames = (a: string[], b: string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * "… schreibt gerade": who typed in the last five seconds. Its own component with its own socket
 * listener: in a busy channel typing events arrive several times a second, and they re-render
 * this line only, and only when the set of names changes.
 */
export function TypingIndicator({ channelId, selfId }: { channelId: string; selfId: string }) {
  const typists = useRef(new Map<string, { name: string; until: number }>());
  const [names, setNames] = useState<string[]>([]);
  const publish = useCallback(() => {
    const now = Date.now();
    for (const [id, v] of typists.current) if (v.until <= now) typists.current.delete(id);
    const next = [...typists.current.values()].map((v) => v.name);
    setNames((prev) => (sameNames(prev, next) ? prev : next));
  }, []);
  useSocketEvent(
    'typing',
    useCallback(
      (e: { channelId: string; memberId: string; displayName: string }) => {
        if (e.channelId !== channelId || e.memberId === selfId) return;
        typists.current.set(e.memberId, { name: e.displayName, until: Date.now() + 5000 });
        publish();
      },
      [channelId, selfId, publish],
    ),
  );
  // A message from someone ends their typing (as in Mattermost and Slack).
  useSocketEvent(
    'message:new',
    useCallback(
      (m: { channelId: string; senderId: string }) => {
        if (m.channelId !== channelId || !typists.current.delete(m.senderId)) return;
        publish();
      },
      [channelId, publish],
    ),
  );
  const someoneTypes = names.length > 0;
  useEffect(() => {
    if (!someoneTypes) return;
    const timer = setInterval(publish, 1000);
    return () => clearInterval(timer);
  }, [someoneTypes, publish]);
  return (
    <Text size="sm" className="chat-typing" aria-live="polite">
      {names.length ? t.typing(names) : ' '}
    </Text>
  );
}

/**
 * The channel's members with their presence, and a button for a direct message to each. Owns the
 * presence state, so a presence change re-renders this list, not the channel page.
 */
export const ChannelMembers = memo(function ChannelMembers({
  members,
  kind,
  selfId,
  connected,
  onDirect,
}: {
  members: Channel['members'];
  kind: Channel['kind'];
  selfId: string;
  /** Presence is asked for again after every (re)connect. */
  connected: boolean;
  onDirect: (memberId: string) => void;
}) {
  const socket = useSocket();
  const [presence, setPresence] = useState<Record<string, PresenceStatus>>({});
  const memberIds = useMemo(() => members.map((m) => m.memberId).slice(0, 100), [members]);
  useEffect(() => {
    if (!socket || !connected || !memberIds.length) return;
    void request(socket, 'presence:query', { memberIds })
      .then((a) => setPresence(a.statuses))
      .catch(() => undefined);
  }, [socket, memberIds, connected]);
  useSocketEvent(
    'presence',
    useCallback((p: { memberId: string; status: PresenceStatus }) => {
      setPresence((prev) =>
        prev[p.memberId] === p.status ? prev : { ...prev, [p.memberId]: p.status },
      );
    }, []),
  );

  return (
    <aside className="chat-members" aria-labelledby="chat-members-title">
      <Title order={2} size="h4" id="chat-members-title">
        {t.members} ({members.length})
      </Title>
      <ul className="plain-list">
        {members.map((m) => {
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
              {m.member && m.memberId !== selfId && kind !== 'DIRECT' ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={t.directMessage(m.member.displayName)}
                  onClick={() => onDirect(m.memberId)}
                >
                  {t.directShort}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
});
