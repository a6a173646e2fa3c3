import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Stack, Title } from '@mantine/core';
import { getFragmentData } from '../../gql';
import { AppLink } from '../../ui/Link';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { ForumTopicItemFragment, UnreadTopicsCardQuery, PAGE_SIZES } from './operations';
import { forumTexts as t } from './texts';
import { TopicRow } from './TopicList';

const ATTENTION = new Set(['WATCHING', 'TRACKING']);

/**
 * Start page: unread topics in the categories the member watches or tracks. The API has no
 * "unread topics" filter: the card takes the latest 30 topics and the categories' unread counts.
 */
export function UnreadTopicsCard() {
  const { data, loading, error, refetch } = useQuery(UnreadTopicsCardQuery, {
    variables: { categories: PAGE_SIZES.categories, topics: PAGE_SIZES.cardTopics },
    fetchPolicy: 'cache-and-network',
  });
  const watched = (data?.forumCategories.nodes ?? []).filter((c) => ATTENTION.has(c.watchLevel));
  const watchedIds = new Set(watched.map((c) => c.id));
  const topics = (data?.forumTopics.nodes ?? []).filter((n) => {
    const topic = getFragmentData(ForumTopicItemFragment, n);
    return topic.unreadCount > 0 && topic.category && watchedIds.has(topic.category.id);
  });
  const withUnread = watched.filter((c) => c.unreadTopicCount > 0);
  return (
    <Card withBorder component="section" aria-labelledby="home-forum-unread">
      <Stack gap="sm">
        <Title order={2} size="h4" id="home-forum-unread">
          {t.cardTitle}
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && loading ? <LoadingState /> : null}
        {data && watched.length === 0 ? <EmptyState>{t.cardNoWatched}</EmptyState> : null}
        {data && watched.length > 0 && withUnread.length === 0 ? (
          <EmptyState>{t.cardEmpty}</EmptyState>
        ) : null}
        {withUnread.length ? (
          <Group gap="xs" wrap="wrap">
            {withUnread.map((c) => (
              <Group key={c.id} gap={4}>
                <AppLink to={`/foren/kategorie/${c.id}`} size="sm">
                  {c.name}
                </AppLink>
                <Badge color="indigo.9" variant="filled" size="sm">
                  {t.unreadTopics(c.unreadTopicCount)}
                </Badge>
              </Group>
            ))}
          </Group>
        ) : null}
        {topics.length ? (
          <ul className="plain-list topic-list" aria-label={t.cardTitle}>
            {topics.slice(0, 5).map((n) => (
              <li key={getFragmentData(ForumTopicItemFragment, n).id}>
                <TopicRow topic={n} showCategory />
              </li>
            ))}
          </ul>
        ) : null}
        <AppLink to="/foren" size="sm">
          {t.cardAll}
        </AppLink>
      </Stack>
    </Card>
  );
}
