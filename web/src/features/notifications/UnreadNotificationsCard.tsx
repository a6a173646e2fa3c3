import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Stack, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useSocketEvent } from '../../lib/socket-context';
import { AppLink } from '../../ui/Link';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { NotificationItem } from './NotificationItem';
import { MarkReadMutation, MyNotificationsQuery, UnreadCountQuery } from './operations';
import { notificationTexts as t } from './texts';

/** For the start page: the newest unread notifications (mentions, replies, invitations). */
export function UnreadNotificationsCard() {
  const { data, loading, error, refetch } = useQuery(MyNotificationsQuery, {
    variables: { first: 5, unreadOnly: true },
  });
  const [markRead] = useMutation(MarkReadMutation, {
    refetchQueries: [MyNotificationsQuery, UnreadCountQuery],
  });
  const onLive = useCallback(() => {
    void refetch();
  }, [refetch]);
  useSocketEvent('notification', onLive);
  const nodes = data?.myNotifications.nodes ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="home-notifications">
      <Stack gap="sm">
        <Title order={2} size="h4" id="home-notifications">
          {t.cardTitle}
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && loading ? <LoadingState /> : null}
        {data && nodes.length === 0 ? <EmptyState>{t.emptyUnread}</EmptyState> : null}
        {nodes.length ? (
          <Stack gap="xs" component="ul" className="plain-list">
            {nodes.map((n) => (
              <li key={n.id}>
                <NotificationItem
                  notification={n}
                  onMarkRead={(id) => void markRead({ variables: { ids: [id] } })}
                />
              </li>
            ))}
          </Stack>
        ) : null}
        <AppLink to="/benachrichtigungen" size="sm">
          {t.cardAll}
        </AppLink>
      </Stack>
    </Card>
  );
}
