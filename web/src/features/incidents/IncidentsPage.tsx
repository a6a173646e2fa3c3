import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { incidentKindLabel, incidentSeverityLabel, incidentStatusLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import {
  INCIDENT_KINDS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  readIncidentFilters,
  toApiFilter,
} from './filters';
import { IncidentBadges } from './IncidentBadges';
import { INCIDENT_PAGE_SIZE, IncidentListQuery } from './operations';
import { incidentTexts as t } from './texts';

/** Vorfälle: my incidents, the open ones (CERT duty) or all readable, with filters in the URL. */
export default function IncidentsPage() {
  const [params, setParams] = useSearchParams();
  const filters = readIncidentFilters(params);
  const { data, loading, error, refetch, fetchMore } = useQuery(IncidentListQuery, {
    variables: { filter: toApiFilter(filters), first: INCIDENT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const list = data?.incidents;
  return (
    <Page
      title={t.listTitle}
      actions={
        <Button component={Link} to="/vorfaelle/neu">
          {t.report}
        </Button>
      }
    >
      <Text>{t.listIntro}</Text>
      <Stack gap="sm" component="section" aria-label={t.filters}>
        <div>
          <Text component="span" id="incident-scope-label" size="sm" fw={500}>
            {t.scope}
          </Text>
          <SegmentedControl
            aria-labelledby="incident-scope-label"
            value={filters.scope}
            onChange={(v) => set('auswahl', v)}
            data={[
              { value: 'meine', label: t.scopeMine },
              { value: 'offen', label: t.scopeOpen },
              { value: 'alle', label: t.scopeAll },
            ]}
            display="flex"
            w="fit-content"
          />
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t.status}
            value={filters.status ?? ''}
            onChange={(e) => set('status', e.currentTarget.value || null)}
            data={[
              { value: '', label: t.any },
              ...INCIDENT_STATUSES.map((s) => ({ value: s, label: incidentStatusLabel(s) })),
            ]}
          />
          <NativeSelect
            label={t.severity}
            value={filters.severity ?? ''}
            onChange={(e) => set('schwere', e.currentTarget.value || null)}
            data={[
              { value: '', label: t.any },
              ...INCIDENT_SEVERITIES.map((s) => ({ value: s, label: incidentSeverityLabel(s) })),
            ]}
          />
          <NativeSelect
            label={t.kind}
            value={filters.kind ?? ''}
            onChange={(e) => set('art', e.currentTarget.value || null)}
            data={[
              { value: '', label: t.any },
              ...INCIDENT_KINDS.map((k) => ({ value: k, label: incidentKindLabel(k) })),
            ]}
          />
        </Group>
      </Stack>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!list && loading ? <LoadingState /> : null}
      {list && !list.nodes.length ? <EmptyState>{t.empty}</EmptyState> : null}
      {list && list.nodes.length ? (
        <Stack gap="sm">
          <ul className="plain-list incident-list" aria-label={t.results}>
            {list.nodes.map((i) => (
              <li key={i.id}>
                <Stack gap={4}>
                  <AppLink to={`/vorfaelle/${i.id}`} fw={700}>
                    {i.title}
                  </AppLink>
                  <IncidentBadges
                    kind={i.kind}
                    severity={i.severity}
                    tlp={i.tlp}
                    status={i.status}
                  />
                  <Text size="sm">
                    {t.reportedBy(i.organisation.name, formatDateTime(i.createdAt))}
                  </Text>
                </Stack>
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
                      incidents: {
                        ...fetchMoreResult.incidents,
                        nodes: [...prev.incidents.nodes, ...fetchMoreResult.incidents.nodes],
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
      ) : null}
    </Page>
  );
}
