import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Text } from '@mantine/core';
import { graphql } from '../../gql';
import { Page } from '../../ui/Page';
import { HOME_SECTIONS } from './sections';
import { homeTexts as t } from './texts';

const HomeMeQuery = graphql(`
  query HomeMe {
    me {
      id
      displayName
    }
  }
`);

/**
 * Übersicht: what needs the member now. Each card comes from the feature it belongs to
 * (sections.tsx lists them in order); part 2 adds advisories and incidents there.
 */
export default function HomePage() {
  const { data } = useQuery(HomeMeQuery);
  return (
    <Page title={t.title}>
      <Text>
        {data ? `${t.greeting(data.me.displayName)} ` : ''}
        {t.intro}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {HOME_SECTIONS.map(({ key, Component }) => (
          <Component key={key} />
        ))}
      </SimpleGrid>
    </Page>
  );
}
