import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { getFragmentData } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import {
  ForumCategoryItemFragment,
  ForumOverviewQuery,
  ForumSearchQuery,
  PAGE_SIZES,
} from './operations';
import { readSearch, searchVariables, writeSearch, type SearchState } from './search-params';
import { forumTexts as t } from './texts';
import './forums.css';

/** "12 Treffer", or "mehr als 1.000 Treffer" when the search counted only up to its limit. */
function hitsLabel(r: { totalCount: number; totalCountIsExact: boolean }): string {
  return r.totalCountIsExact ? t.hits(r.totalCount) : t.hitsMoreThan(r.totalCount);
}

/** Full-text search over the readable posts, hits with highlighted words (forumSearch headlines). */
export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const current = readSearch(params);
  const [form, setForm] = useState<SearchState>(current);
  const [hint, setHint] = useState('');
  const categories = useQuery(ForumOverviewQuery, { variables: { first: PAGE_SIZES.categories } });
  const { data, loading, error, refetch, fetchMore } = useQuery(ForumSearchQuery, {
    variables: searchVariables(current),
    skip: !current.q,
    notifyOnNetworkStatusChange: true,
  });
  const names = new Map(
    (categories.data?.forumCategories.nodes ?? [])
      .map((n) => getFragmentData(ForumCategoryItemFragment, n))
      .map((c) => [c.id, c.name]),
  );
  const result = current.q ? data?.forumSearch : undefined;
  const loadMore = () =>
    fetchMore({
      variables: { after: result?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        forumSearch: {
          ...fetchMoreResult.forumSearch,
          nodes: [...prev.forumSearch.nodes, ...fetchMoreResult.forumSearch.nodes],
        },
      }),
    });

  return (
    <Page title={t.searchTitle}>
      <AppLink to="/foren" size="sm">
        {t.backToForums}
      </AppLink>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (!form.q.trim()) {
            setHint(t.searchHint);
            return;
          }
          setHint('');
          setParams(writeSearch(form));
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t.searchLabel}
            type="search"
            value={form.q}
            error={hint || undefined}
            onChange={(e) => setForm({ ...form, q: e.currentTarget.value })}
          />
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t.category}
              value={form.categoryId}
              onChange={(e) => setForm({ ...form, categoryId: e.currentTarget.value })}
              data={[
                { value: '', label: t.allCategories },
                ...[...names].map(([value, label]) => ({ value, label })),
              ]}
            />
            <TextInput
              label={t.from}
              type="date"
              value={form.from}
              onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
            />
            <TextInput
              label={t.to}
              type="date"
              value={form.to}
              onChange={(e) => setForm({ ...form, to: e.currentTarget.value })}
            />
            <Button type="submit">{t.searchButton}</Button>
          </Group>
        </Stack>
      </form>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {current.q && !result && loading ? <LoadingState /> : null}
      {result ? (
        <Stack gap="sm" component="section" aria-label={hitsLabel(result)}>
          <Text role="status" fw={600}>
            {hitsLabel(result)}
          </Text>
          {result.totalCountIsExact ? null : <Text size="sm">{t.hitsCapped}</Text>}
          {result.nodes.length === 0 ? <EmptyState>{t.noHits}</EmptyState> : null}
          <ul className="plain-list topic-list">
            {result.nodes.map((hit) => (
              <li key={hit.post.id} className="search-hit">
                <AppLink to={`/foren/thema/${hit.topicId}#beitrag-${hit.post.postNumber}`} fw={600}>
                  {t.hitIn(hit.topicTitle, hit.post.postNumber)}
                </AppLink>
                <Text size="sm">
                  {names.get(hit.categoryId) ?? ''} ·{' '}
                  {hit.post.author?.displayName ?? t.unknownAuthor} ·{' '}
                  {formatDateTime(hit.post.createdAt)}
                </Text>
                {/* Escaped plain text with <mark> around matches (API contract). */}
                <Text dangerouslySetInnerHTML={{ __html: hit.headline }} />
              </li>
            ))}
          </ul>
          {result.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void loadMore()}
              loading={loading}
              w="fit-content"
            >
              {t.moreHits}
            </Button>
          ) : null}
        </Stack>
      ) : null}
    </Page>
  );
}
