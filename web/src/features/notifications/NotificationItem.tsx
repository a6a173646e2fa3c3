import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type FragmentType, getFragmentData } from '../../gql';
import { formatRelative, formatDateTime } from '../../lib/format';
import { AppLink } from '../../ui/Link';
import { NotificationItemFragment } from './operations';
import { notificationTarget } from './targets';
import { notificationKindLabel, notificationTexts as t } from './texts';

export function NotificationItem({
  notification,
  onMarkRead,
  marking,
}: {
  notification: FragmentType<typeof NotificationItemFragment>;
  onMarkRead?: (id: string) => void;
  marking?: boolean;
}) {
  const n = getFragmentData(NotificationItemFragment, notification);
  const to = notificationTarget(n.targetType, n.targetId);
  const unread = !n.readAt;
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      className={unread ? 'notification unread' : 'notification'}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="gray.8" radius="sm">
            {notificationKindLabel(n.kind)}
          </Badge>
          {unread ? (
            <Badge color="blue.9" radius="sm">
              {t.unread}
            </Badge>
          ) : null}
          <Text
            size="sm"
            component="time"
            dateTime={n.createdAt}
            title={formatDateTime(n.createdAt)}
          >
            {formatRelative(n.createdAt)}
          </Text>
        </Group>
        <Text fw={unread ? 700 : 500}>
          {to ? (
            <AppLink to={to} onClick={() => unread && onMarkRead?.(n.id)}>
              {n.title}
            </AppLink>
          ) : (
            n.title
          )}
        </Text>
        {n.body ? (
          <Text size="sm" lineClamp={3}>
            {n.body}
          </Text>
        ) : null}
        {unread && onMarkRead ? (
          <Group>
            <Button size="xs" variant="default" onClick={() => onMarkRead(n.id)} loading={marking}>
              {t.markRead}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
