import { useQuery } from '@apollo/client/react';
import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { CategoryCard } from './CategoryCard';
import { ForumOverviewQuery, PAGE_SIZES } from './operations';
import { TopicList } from './TopicList';
import { forumTexts as t } from './texts';
import { isModerator } from './roles';

/** Foren: the categories the member may read (with their audience) and the latest topics. */
export default function ForumsPage() {
  const { data, loading, error, refetch } = useQuery(ForumOverviewQuery, {
    variables: { first: PAGE_SIZES.categories },
    fetchPolicy: 'cache-and-network',
  });
  const categories = data?.forumCategories.nodes ?? [];
  return (
    <Page
      title={t.title}
      actions={
        <>
          <Button component={Link} to="/foren/neu">
            {t.newTopic}
          </Button>
          <Button component={Link} to="/foren/suche" variant="default">
            {t.search}
          </Button>
          {data && isModerator(data.me.platformRole) ? (
            <Button component={Link} to="/foren/moderation" variant="default">
              {t.moderation}
            </Button>
          ) : null}
        </>
      }
    >
      <Text>{t.intro}</Text>
      <Stack gap="sm" component="section" aria-labelledby="forum-categories">
        <Title order={2} size="h3" id="forum-categories">
          {t.categoriesHeading}
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && loading ? <LoadingState /> : null}
        {data && categories.length === 0 ? <EmptyState>{t.noCategories}</EmptyState> : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {categories.map((c) => (
            <CategoryCard key={c.id} category={c} />
          ))}
        </SimpleGrid>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="forum-latest">
        <Title order={2} size="h3" id="forum-latest">
          {t.latestHeading}
        </Title>
        <TopicList label={t.latestHeading} />
      </Stack>
    </Page>
  );
}
