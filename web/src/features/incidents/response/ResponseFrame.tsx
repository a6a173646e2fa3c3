import { useQuery } from '@apollo/client/react';
import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { ResponseIncidentQuery as Q } from '../../../gql/graphql';
import { tlpLabel } from '../../../lib/labels';
import { Page } from '../../../ui/Page';
import { ErrorAlert, LoadingState } from '../../../ui/States';
import { IncidentSubNav } from '../IncidentSubNav';
import { ResponseIncidentQuery } from './operations';
import { responseTexts as t } from './texts';

export type ResponseIncident = NonNullable<Q['incident']>;

/** Page frame of the response pages: incident title, its label and the links between the parts. */
export function ResponseFrame({
  title,
  actions,
  children,
}: {
  title: (incident: string) => string;
  actions?: ReactNode;
  children: (incident: ResponseIncident) => ReactNode;
}) {
  const { incidentId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ResponseIncidentQuery, {
    variables: { id: incidentId },
  });
  const incident = data?.incident;
  return (
    <Page title={incident ? title(incident.title) : t.nav.incident} actions={actions}>
      {error ? (
        <ErrorAlert
          error={error}
          overrides={{ NOT_FOUND: t.notFound }}
          onRetry={() => void refetch()}
        />
      ) : null}
      {!data && loading ? <LoadingState /> : null}
      {incident ? (
        <>
          <Group gap="sm" className="no-print">
            <Badge color={incident.tlp === 'RED' ? 'red.9' : 'gray.8'} radius="sm">
              {tlpLabel(incident.tlp)}
            </Badge>
            <IncidentSubNav incidentId={incident.id} />
          </Group>
          {children(incident)}
        </>
      ) : null}
    </Page>
  );
}
