import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { AdvisoryRow } from './AdvisoryRow';
import type { listVariables } from './list-params';
import {
  AdvisoryListQuery,
  AdvisorySearchQuery,
  OpenAdvisoriesQuery,
  PAGE_SIZE,
} from './operations';
import { advisoryTexts as t } from './texts';

type Filters = ReturnType<typeof listVariables>;

/** A list with its count and "Weitere laden" (keyset paging, as in the forums). */
function Paged({
  items,
  hasMore,
  loading,
  onMore,
  label,
  countText,
}: {
  items: { key: string; node: ReactNode }[];
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  label: string;
  countText: string;
}) {
  return (
    <Stack gap="sm">
      <ul className="plain-list advisory-list" aria-label={label}>
        {items.map((i) => (
          <li key={i.key}>{i.node}</li>
        ))}
      </ul>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {countText}
        </Text>
        {hasMore ? (
          <Button variant="default" onClick={onMore} loading={loading}>
            {t.loadMore}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

export function OpenAdvisoryList() {
  const { data, loading, error, refetch, fetchMore } = useQuery(OpenAdvisoriesQuery, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.openAdvisories;
  if (error && !list) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!list) return loading ? <LoadingState /> : null;
  if (!list.nodes.length) return <EmptyState>{t.noOpen}</EmptyState>;
  return (
    <Paged
      label={t.tabOpen}
      items={list.nodes.map((n) => ({ key: n.id, node: <AdvisoryRow advisory={n} /> }))}
      hasMore={list.pageInfo.hasNextPage}
      loading={loading}
      countText={t.shownOf(list.nodes.length, list.totalCount)}
      onMore={() =>
        void fetchMore({
          variables: { after: list.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({
            ...fetchMoreResult,
            openAdvisories: {
              ...fetchMoreResult.openAdvisories,
              nodes: [...prev.openAdvisories.nodes, ...fetchMoreResult.openAdvisories.nodes],
            },
          }),
        })
      }
    />
  );
}

export function AdvisoryList({ filters }: { filters: Filters }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(AdvisoryListQuery, {
    variables: { first: PAGE_SIZE, ...filters },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.advisories;
  if (error && !list) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!list) return loading ? <LoadingState /> : null;
  if (!list.nodes.length) return <EmptyState>{t.noAdvisories}</EmptyState>;
  return (
    <Paged
      label={t.tabAll}
      items={list.nodes.map((n) => ({ key: n.id, node: <AdvisoryRow advisory={n} /> }))}
      hasMore={list.pageInfo.hasNextPage}
      loading={loading}
      countText={t.shownOf(list.nodes.length, list.totalCount)}
      onMore={() =>
        void fetchMore({
          variables: { after: list.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({
            ...fetchMoreResult,
            advisories: {
              ...fetchMoreResult.advisories,
              nodes: [...prev.advisories.nodes, ...fetchMoreResult.advisories.nodes],
            },
          }),
        })
      }
    />
  );
}

export function AdvisorySearchResults({ query, filters }: { query: string; filters: Filters }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(AdvisorySearchQuery, {
    variables: { query, first: PAGE_SIZE, ...filters },
    notifyOnNetworkStatusChange: true,
  });
  const result = data?.advisorySearch;
  if (error && !result) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!result) return loading ? <LoadingState /> : null;
  if (!result.nodes.length) return <EmptyState>{t.noAdvisories}</EmptyState>;
  return (
    <Paged
      label={t.hits(result.totalCount)}
      items={result.nodes.map((h) => ({
        key: h.advisory.id,
        node: <AdvisoryRow advisory={h.advisory} headline={h.headline} />,
      }))}
      hasMore={result.pageInfo.hasNextPage}
      loading={loading}
      countText={t.hits(result.totalCount)}
      onMore={() =>
        void fetchMore({
          variables: { after: result.pageInfo.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({
            ...fetchMoreResult,
            advisorySearch: {
              ...fetchMoreResult.advisorySearch,
              nodes: [...prev.advisorySearch.nodes, ...fetchMoreResult.advisorySearch.nodes],
            },
          }),
        })
      }
    />
  );
}
