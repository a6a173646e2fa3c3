import { useQuery } from '@apollo/client/react';
import { Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { audienceLabel, postersLabel } from '../forums';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { AdminGate } from './access';
import { AdminCategoriesQuery, AdminCategoryFieldsFragment } from './operations';
import { adminTexts } from './texts';

const t = adminTexts.categories;

function Categories() {
  const { data, error, refetch } = useQuery(AdminCategoriesQuery, {
    variables: { first: 100 },
    // Created or changed on another page: show the server's list, not only the cache.
    fetchPolicy: 'cache-and-network',
  });
  const categories = (data?.forumCategories.nodes ?? [])
    .map((n) => getFragmentData(AdminCategoryFieldsFragment, n))
    .slice()
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'de'));
  return (
    <Page
      title={t.title}
      actions={
        <>
          <AppLink to="/verwaltung">{adminTexts.backToOverview}</AppLink>
          <Button component={Link} to="/verwaltung/foren/neu">
            {t.create}
          </Button>
        </>
      }
    >
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {!data && !error ? <LoadingState /> : null}
      {data && categories.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
      {categories.length > 0 ? (
        <Table.ScrollContainer minWidth={620}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.position}</Table.Th>
                <Table.Th scope="col">{t.name}</Table.Th>
                <Table.Th scope="col">{t.audience}</Table.Th>
                <Table.Th scope="col">{t.posters}</Table.Th>
                <Table.Th scope="col">{t.topics}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {categories.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.position}</Table.Td>
                  <Table.Td>
                    <AppLink to={`/verwaltung/foren/${c.id}`} aria-label={t.edit(c.name)}>
                      {c.name}
                    </AppLink>
                    {c.description ? <Text size="sm">{c.description}</Text> : null}
                  </Table.Td>
                  <Table.Td>{audienceLabel(c)}</Table.Td>
                  <Table.Td>{postersLabel(c) ?? t.samePosters}</Table.Td>
                  <Table.Td>{c.topicCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Page>
  );
}

export default function CategoriesAdminPage() {
  return <AdminGate adminOnly>{() => <Categories />}</AdminGate>;
}
