import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import { AppLink } from '../../ui/Link';
import { audienceLabel, postersLabel } from './audience';
import { ForumCategoryItemFragment } from './operations';
import { forumTexts as t } from './texts';

/** A category in the overview: name, description, who reads it, counts, unread topics. */
export function CategoryCard({
  category: ref,
}: {
  category: FragmentType<typeof ForumCategoryItemFragment>;
}) {
  const c = getFragmentData(ForumCategoryItemFragment, ref);
  const posters = postersLabel(c);
  return (
    <Card withBorder component="article" aria-labelledby={`cat-${c.id}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" align="baseline">
          <AppLink to={`/foren/kategorie/${c.id}`} fw={700} size="lg" id={`cat-${c.id}`}>
            {c.name}
          </AppLink>
          {c.unreadTopicCount > 0 ? (
            <Badge color="indigo.9" variant="filled" size="sm">
              {t.unreadTopics(c.unreadTopicCount)}
            </Badge>
          ) : null}
        </Group>
        {c.description ? <Text size="sm">{c.description}</Text> : null}
        <Group gap="xs" wrap="wrap">
          <Badge color="teal.9" variant="outline" size="sm" title={t.audience}>
            <span className="visually-hidden">{t.audience}: </span>
            {audienceLabel(c)}
          </Badge>
          {posters ? (
            <Badge color="gray.9" variant="outline" size="sm">
              {posters}
            </Badge>
          ) : null}
          <Text size="sm">{t.topics(c.topicCount)}</Text>
        </Group>
      </Stack>
    </Card>
  );
}
