import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import type { ForumWatchLevel } from '../../gql/enums';
import { forumWatchLevelLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { audienceLabel, postersLabel } from './audience';
import { ForumCategoryItemFragment, ForumCategoryQuery, WatchCategoryMutation } from './operations';
import { NotFound } from './NotFound';
import { TopicList } from './TopicList';
import { forumTexts as t } from './texts';
import { WATCH_LEVELS } from './watch';

/** One category: audience, watch level, its topics (pinned first) with paging. */
export default function CategoryPage() {
  const { categoryId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ForumCategoryQuery, {
    variables: { id: categoryId },
    fetchPolicy: 'cache-and-network',
  });
  const [watch, watching] = useMutation(WatchCategoryMutation);
  const [saved, setSaved] = useState(false);
  if (error && !data) {
    return <NotFound error={error} message={t.categoryNotFound} onRetry={() => void refetch()} />;
  }
  if (!data) return loading ? <LoadingState /> : null;
  const c = getFragmentData(ForumCategoryItemFragment, data.forumCategory);
  const posters = postersLabel(c);
  return (
    <Page
      title={c.name}
      actions={
        c.canPost ? (
          <Button component={Link} to={`/foren/neu?kategorie=${encodeURIComponent(c.id)}`}>
            {t.newTopic}
          </Button>
        ) : null
      }
    >
      <AppLink to="/foren" size="sm">
        {t.backToForums}
      </AppLink>
      {c.description ? <Text>{c.description}</Text> : null}
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t.audience}:
        </Text>
        <Badge color="teal.9" variant="outline">
          {audienceLabel(c)}
        </Badge>
        {posters ? (
          <Badge color="gray.9" variant="outline">
            {posters}
          </Badge>
        ) : null}
      </Group>
      {!c.canPost ? <Alert color="gray">{t.readOnly}</Alert> : null}
      <Stack gap={4} maw={420}>
        <NativeSelect
          label={t.watchLevel}
          description={t.watchHelp}
          value={c.watchLevel}
          disabled={watching.loading}
          data={WATCH_LEVELS.map((l) => ({ value: l, label: forumWatchLevelLabel(l) }))}
          onChange={(e) => {
            setSaved(false);
            void watch({
              variables: { categoryId: c.id, level: e.currentTarget.value as ForumWatchLevel },
            }).then(() => setSaved(true));
          }}
        />
        <Text size="sm" role="status">
          {saved ? t.watchSaved : ''}
        </Text>
        {watching.error ? <ErrorAlert error={watching.error} /> : null}
      </Stack>
      <TopicList categoryId={c.id} label={c.name} />
    </Page>
  );
}
