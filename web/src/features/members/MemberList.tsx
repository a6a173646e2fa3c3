import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import type { OrganisationKind } from '../../gql/enums';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { MemberCard } from './MemberCard';
import { MemberDirectoryQuery } from './operations';
import { memberTexts as t } from './texts';
import './directory.css';

const PAGE_SIZE = 25;

/** Members matching a search, kind or organisation, by name, with keyset paging. */
export function MemberList({
  search,
  organisationKind,
  organisationId,
  label,
}: {
  search?: string;
  organisationKind?: OrganisationKind;
  organisationId?: string;
  label: string;
}) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MemberDirectoryQuery, {
    variables: {
      search: search || null,
      organisationKind: organisationKind ?? null,
      organisationId: organisationId ?? null,
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const list = data?.members;
  if (error && !list) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!list) return loading ? <LoadingState /> : null;
  if (!list.nodes.length) return <EmptyState>{t.empty}</EmptyState>;
  return (
    <Stack gap="sm">
      <ul className="plain-list directory-list" aria-label={label}>
        {list.nodes.map((m) => (
          <li key={m.id}>
            <MemberCard member={m} />
          </li>
        ))}
      </ul>
      <Group justify="space-between">
        <Text size="sm" role="status">
          {t.shownOf(list.nodes.length, list.totalCount)}
        </Text>
        {list.pageInfo.hasNextPage ? (
          <Button
            variant="default"
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: list.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  ...fetchMoreResult,
                  members: {
                    ...fetchMoreResult.members,
                    nodes: [...prev.members.nodes, ...fetchMoreResult.members.nodes],
                  },
                }),
              })
            }
          >
            {t.loadMore}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
