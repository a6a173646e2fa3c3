import { useQuery } from '@apollo/client/react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { incidentSeverityLabel, incidentStatusLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { IncidentListQuery } from './operations';
import { incidentTexts as t } from './texts';

/** For the start page: the open incidents the member takes part in. */
export function MyOpenIncidentsCard() {
  const { data, loading, error, refetch } = useQuery(IncidentListQuery, {
    variables: { filter: { mine: true, open: true }, first: 5 },
  });
  const nodes = data?.incidents.nodes ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="home-incidents">
      <Stack gap="sm">
        <Title order={2} size="h4" id="home-incidents">
          {t.cardTitle}
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!data && loading ? <LoadingState /> : null}
        {data && nodes.length === 0 ? <EmptyState>{t.cardEmpty}</EmptyState> : null}
        {nodes.length ? (
          <Stack gap="xs" component="ul" className="plain-list">
            {nodes.map((i) => (
              <li key={i.id}>
                <AppLink to={`/vorfaelle/${i.id}`}>{i.title}</AppLink>
                <Text size="sm">
                  {`${incidentStatusLabel(i.status)} · ${t.severity} ${incidentSeverityLabel(i.severity)}`}
                </Text>
              </li>
            ))}
          </Stack>
        ) : null}
        <AppLink to="/vorfaelle" size="sm">
          {t.cardAll}
        </AppLink>
      </Stack>
    </Card>
  );
}
