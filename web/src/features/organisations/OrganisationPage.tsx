import { useQuery } from '@apollo/client/react';
import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { describeError } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { organisationKindLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { MemberList } from '../members';
import { OrganisationProfileQuery } from './operations';
import { registerRows, servicesText } from './register';
import { organisationTexts as t } from './texts';
import './organisations.css';

/**
 * An organisation: its facts, the provider register from its side (a municipality's IT providers
 * or a provider's municipalities, with services) and its members (members(organisationId)).
 */
export default function OrganisationPage() {
  const { organisationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrganisationProfileQuery, {
    variables: { id: organisationId },
  });
  if (error && !data) {
    const code = describeError(error).code;
    const missing = code === 'NOT_FOUND' || code === 'FORBIDDEN';
    return (
      <Page title={missing ? t.notFoundTitle : t.title}>
        {missing ? (
          <Alert color="gray" role="alert">
            {t.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        )}
        <AppLink to="/organisationen">{t.back}</AppLink>
      </Page>
    );
  }
  if (!data) return loading ? <LoadingState /> : null;
  const o = data.organisation;
  const rows = registerRows(o.id, o.serviceRelations);
  const isProvider = o.kind === 'IT_PROVIDER';
  const registerHeading = isProvider ? t.servedHeading : t.providersHeading;
  return (
    <Page title={o.name}>
      <AppLink to="/organisationen" size="sm">
        {t.back}
      </AppLink>
      <Card withBorder>
        <dl className="facts">
          <dt>{t.kindLabel}</dt>
          <dd>{organisationKindLabel(o.kind)}</dd>
          {o.municipalityKey ? (
            <>
              <dt>{t.municipalityKey}</dt>
              <dd>{o.municipalityKey}</dd>
            </>
          ) : null}
          {o.district ? (
            <>
              <dt>{t.district}</dt>
              <dd>{o.district}</dd>
            </>
          ) : null}
          {o.governmentRegion ? (
            <>
              <dt>{t.governmentRegion}</dt>
              <dd>{o.governmentRegion}</dd>
            </>
          ) : null}
          {o.population != null ? (
            <>
              <dt>{t.population}</dt>
              <dd>{formatNumber(o.population)}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      {o.kind !== 'CERT' ? (
        <Stack gap="xs" component="section" aria-labelledby="org-register">
          <Title order={2} size="h3" id="org-register">
            {registerHeading}
          </Title>
          {rows.length === 0 ? (
            <EmptyState>{isProvider ? t.noServed : t.noProviders}</EmptyState>
          ) : (
            <div className="register-table-wrap">
              <Table striped withTableBorder aria-labelledby="org-register">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{isProvider ? t.municipality : t.provider}</Table.Th>
                    <Table.Th scope="col">{t.services}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map(({ relation, other }) => (
                    <Table.Tr key={relation.id}>
                      <Table.Td>
                        <AppLink to={`/organisationen/${other.id}`}>{other.name}</AppLink>
                      </Table.Td>
                      <Table.Td>{servicesText(relation.services, t.noServices)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </Stack>
      ) : (
        <Text>{t.registerNone}</Text>
      )}
      <Stack gap="xs" component="section" aria-labelledby="org-members">
        <Title order={2} size="h3" id="org-members">
          {t.members}
        </Title>
        <MemberList organisationId={o.id} label={t.members} />
      </Stack>
    </Page>
  );
}
