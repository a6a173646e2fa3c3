import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useSocketEvent } from '../../lib/socket-context';
import { UnreadCountQuery } from './operations';
import { notificationTexts } from './texts';

/** Header bell with the unread count, updated live when the socket brings a notification. */
export function NotificationBell() {
  const { data, refetch } = useQuery(UnreadCountQuery, { fetchPolicy: 'cache-and-network' });
  const onNotification = useCallback(() => {
    void refetch();
  }, [refetch]);
  useSocketEvent('notification', onNotification);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Indicator
      label={count > 99 ? '99+' : count}
      disabled={count === 0}
      size={18}
      color="red.9"
      offset={4}
      aria-hidden={false}
    >
      <ActionIcon
        component={Link}
        to="/benachrichtigungen"
        variant="default"
        size="lg"
        aria-label={notificationTexts.bellLabel(count)}
        data-testid="notification-bell"
      >
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
