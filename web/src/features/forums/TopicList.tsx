import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import { formatRelative } from '../../lib/format';
import { AppLink } from '../../ui/Link';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { ForumTopicItemFragment, ForumTopicsQuery } from './operations';
import { forumTexts as t } from './texts';
import './forums.css';

const PAGE_SIZE = 25;

/** One topic in a list: title (bold when unread), markers, author, counts, last activity. */
export function TopicRow({
  topic: ref,
  showCategory,
}: {
  topic: FragmentType<typeof ForumTopicItemFragment>;
  showCategory?: boolean;
}) {
  const topic = getFragmentData(ForumTopicItemFragment, ref);
  const unread = topic.unreadCount > 0;
  return (
    <article className={`topic-row${unread ? ' unread' : ''}`} aria-label={topic.title}>
      <Group gap="xs" wrap="wrap" align="baseline">
        <AppLink to={`/foren/thema/${topic.id}`} fw={unread ? 700 : 500} className="topic-title">
          {topic.title}
        </AppLink>
        {topic.pinned ? (
          <Badge color="blue.9" variant="filled" size="sm">
            {t.pinned}
          </Badge>
        ) : null}
        {topic.locked ? (
          <Badge color="gray.9" variant="filled" size="sm">
            {t.locked}
          </Badge>
        ) : null}
        {unread ? (
          <Badge color="indigo.9" variant="filled" size="sm" className="unread-marker">
            <span aria-hidden>{t.unreadPosts(topic.unreadCount)}</span>
            <span className="visually-hidden">{t.unreadPostsLong(topic.unreadCount)}</span>
          </Badge>
        ) : null}
      </Group>
      <Text size="sm">
        {showCategory && topic.category ? `${topic.category.name} · ` : ''}
        {t.startedBy(topic.author?.displayName ?? t.unknownAuthor)} · {t.posts(topic.postCount)} ·{' '}
        {t.lastPost(formatRelative(topic.lastPostAt))}
      </Text>
    </article>
  );
}

/**
 * Topics of a category (pinned first), of a member, or the latest of all readable categories,
 * with keyset paging ("Weitere laden").
 */
export function TopicList({
  categoryId,
  authorId,
  label,
}: {
  categoryId?: string;
  authorId?: string;
  label: string;
}) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ForumTopicsQuery, {
    variables: { categoryId, authorId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.forumTopics;
  const loadMore = () =>
    fetchMore({
      variables: { after: list?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        forumTopics: {
          ...fetchMoreResult.forumTopics,
          nodes: [...prev.forumTopics.nodes, ...fetchMoreResult.forumTopics.nodes],
        },
      }),
    });
  if (error && !list) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!list) return loading ? <LoadingState /> : null;
  if (list.nodes.length === 0) return <EmptyState>{t.noTopics}</EmptyState>;
  return (
    <Stack gap="sm">
      <ul className="plain-list topic-list" aria-label={label}>
        {list.nodes.map((n) => (
          <li key={n.id}>
            <TopicRow topic={n} showCategory={!categoryId} />
          </li>
        ))}
      </ul>
      <Group justify="space-between">
        <Text size="sm">
          {t.shownOf(list.nodes.length, list.totalCount, list.totalCountIsExact)}
        </Text>
        {list.pageInfo.hasNextPage ? (
          <Button variant="default" onClick={() => void loadMore()} loading={loading}>
            {t.loadMore}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
