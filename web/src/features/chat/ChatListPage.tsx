import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { useSocketEvent } from '../../lib/socket-context';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { channelTitle } from './channel-title';
import {
  ChatChannelsQuery,
  ChatMemberSearchQuery,
  JoinPublicChannelMutation,
  OpenDirectChannelMutation,
} from './operations';
import { chatTexts as t } from './texts';
import './chat.css';

/** The member's channels with unread and mention counts, public channels to join, and DMs. */
export default function ChatListPage() {
  const { data, error, refetch } = useQuery(ChatChannelsQuery, {
    fetchPolicy: 'cache-and-network',
    // Counts change with every message in any channel; the page is not in every room.
    pollInterval: 20_000,
  });
  // A mention or an invitation arrives as a notification: the counts changed.
  useSocketEvent(
    'notification',
    useCallback(() => void refetch(), [refetch]),
  );
  useSocketEvent(
    'channel:added',
    useCallback(() => void refetch(), [refetch]),
  );
  const navigate = useNavigate();
  const [join] = useMutation(JoinPublicChannelMutation);
  const [problem, setProblem] = useState<unknown>(null);

  if (error && !data)
    return (
      <Page title={t.title}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </Page>
    );
  if (!data) return <LoadingState />;
  const mine = new Set(data.channels.map((c) => c.id));
  const joinable = data.publicChannels.filter((c) => !mine.has(c.id));

  return (
    <Page title={t.title}>
      {problem ? <ErrorAlert error={problem} /> : null}
      <section aria-labelledby="my-channels">
        <Title order={2} size="h3" id="my-channels" mb="sm">
          {t.myChannels}
        </Title>
        {data.channels.length === 0 ? (
          <EmptyState>{t.noChannels}</EmptyState>
        ) : (
          <ul className="plain-list chat-stack">
            {data.channels.map((c) => (
              <li key={c.id}>
                <Card withBorder padding="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <div>
                      <AppLink to={`/chat/${c.id}`} fw={c.unreadCount ? 700 : 400}>
                        {channelTitle(c, data.me.id)}
                      </AppLink>
                      <Text size="sm">
                        {t.kind[c.kind]}
                        {c.tlp === 'RED' ? ` · ${t.tlpRed}` : ''}
                        {c.archivedAt ? ` · ${t.archived}` : ''}
                        {c.topic ? ` · ${c.topic}` : ''}
                      </Text>
                    </div>
                    <Group gap="xs" className="channel-counts">
                      {c.unreadCount ? (
                        <Badge color="blue.9" data-testid="unread-count">
                          {t.unread(c.unreadCount)}
                        </Badge>
                      ) : null}
                      {c.mentionCount ? (
                        <Badge color="red.9" data-testid="mention-count">
                          {t.mentions(c.mentionCount)}
                        </Badge>
                      ) : null}
                    </Group>
                  </Group>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <DirectMessageStart
        onOpen={(id) => void navigate(`/chat/${id}`)}
        onError={setProblem}
        selfId={data.me.id}
      />
      <section aria-labelledby="public-channels">
        <Title order={2} size="h3" id="public-channels" mb="sm">
          {t.publicChannels}
        </Title>
        {joinable.length === 0 ? (
          <Text>{t.noPublicChannels}</Text>
        ) : (
          <ul className="plain-list chat-stack">
            {joinable.map((c) => (
              <li key={c.id}>
                <Group justify="space-between" gap="xs">
                  <div>
                    <Text fw={700}>{c.name}</Text>
                    {c.topic ? <Text size="sm">{c.topic}</Text> : null}
                  </div>
                  <Button
                    size="xs"
                    variant="default"
                    aria-label={t.joinNamed(c.name ?? '')}
                    onClick={() =>
                      void join({ variables: { channelId: c.id } })
                        .then(() => navigate(`/chat/${c.id}`))
                        .catch(setProblem)
                    }
                  >
                    {t.join}
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

/** Start a direct message: find a member, open (or reuse) the DIRECT channel with them. */
function DirectMessageStart({
  onOpen,
  onError,
  selfId,
}: {
  onOpen: (channelId: string) => void;
  onError: (e: unknown) => void;
  selfId: string;
}) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 250);
  const { data } = useQuery(ChatMemberSearchQuery, {
    variables: { search: query },
    skip: query.length < 2,
  });
  const [open, opening] = useMutation(OpenDirectChannelMutation);
  const found = query.length >= 2 ? (data?.members.nodes ?? []).filter((m) => m.id !== selfId) : [];
  return (
    <section aria-labelledby="direct-title">
      <Title order={2} size="h3" id="direct-title" mb="sm">
        {t.directTitle}
      </Title>
      <TextInput
        label={t.directSearch}
        description={t.directSearchHelp}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={28 * 16}
      />
      {query.length >= 2 && data ? (
        <div role="status" className="visually-hidden">
          {found.length ? '' : t.directNone}
        </div>
      ) : null}
      {found.length ? (
        <ul className="plain-list chat-row">
          {found.map((m) => (
            <li key={m.id}>
              <Button
                size="xs"
                variant="default"
                loading={opening.loading}
                onClick={() =>
                  void open({ variables: { memberIds: [m.id] } })
                    .then((r) => {
                      if (r.data) onOpen(r.data.openDirectChannel.id);
                    })
                    .catch((e: unknown) => onError(new Error(errorMessage(e))))
                }
              >
                {t.directStart(`${m.displayName} (${m.organisation.name})`)}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
