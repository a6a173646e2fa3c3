import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useSocketEvent } from '../../lib/socket-context';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { NotificationItem } from './NotificationItem';
import { MarkReadMutation, MyNotificationsQuery, UnreadCountQuery } from './operations';
import { notificationTexts as t } from './texts';

const PAGE_SIZE = 20;

export default function NotificationsPage() {
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const unreadOnly = filter === 'unread';
  const { data, loading, error, refetch, fetchMore } = useQuery(MyNotificationsQuery, {
    variables: { first: PAGE_SIZE, unreadOnly },
    notifyOnNetworkStatusChange: true,
  });
  const [markRead, marking] = useMutation(MarkReadMutation, {
    refetchQueries: [MyNotificationsQuery, UnreadCountQuery],
    awaitRefetchQueries: true,
  });
  const onLive = useCallback(() => {
    void refetch();
  }, [refetch]);
  useSocketEvent('notification', onLive);

  const list = data?.myNotifications;
  const unreadCount = data?.unreadNotificationCount ?? 0;
  const loadMore = () =>
    fetchMore({
      variables: { after: list?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        myNotifications: {
          ...fetchMoreResult.myNotifications,
          nodes: [...prev.myNotifications.nodes, ...fetchMoreResult.myNotifications.nodes],
        },
      }),
    });

  return (
    <Page
      title={t.title}
      actions={
        unreadCount > 0 ? (
          <Button
            variant="default"
            onClick={() => void markRead({ variables: { ids: null } })}
            loading={marking.loading}
          >
            {t.markAllRead}
          </Button>
        ) : null
      }
    >
      <SegmentedControl
        aria-label={t.filterLabel}
        value={filter}
        onChange={(v) => setFilter(v)}
        data={[
          { value: 'all', label: t.all },
          { value: 'unread', label: t.unreadOnly },
        ]}
        w="fit-content"
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!list && loading ? <LoadingState /> : null}
      {list && list.nodes.length === 0 ? (
        <EmptyState>{unreadOnly ? t.emptyUnread : t.empty}</EmptyState>
      ) : null}
      {list && list.nodes.length > 0 ? (
        <Stack gap="sm" component="ul" className="plain-list" aria-label={t.title}>
          {list.nodes.map((n) => (
            <li key={n.id}>
              <NotificationItem
                notification={n}
                onMarkRead={(id) => void markRead({ variables: { ids: [id] } })}
              />
            </li>
          ))}
        </Stack>
      ) : null}
      {list ? (
        <Group justify="space-between">
          <Text size="sm">{t.count(list.nodes.length, list.totalCount)}</Text>
          {list.pageInfo.hasNextPage ? (
            <Button variant="default" onClick={() => void loadMore()} loading={loading}>
              {t.loadMore}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Page>
  );
}
