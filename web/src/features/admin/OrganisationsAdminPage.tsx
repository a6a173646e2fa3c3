import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { OrganisationKind } from '../../gql/enums';
import type { OrganisationInput } from '../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { organisationKindLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { AdminGate } from './access';
import { Section } from './MembersAdminPage';
import { AdminOrganisationsQuery, CreateOrganisationMutation } from './operations';
import { adminTexts } from './texts';

const t = adminTexts.organisations;
const PAGE = 50;
export const KINDS: OrganisationKind[] = ['MUNICIPALITY', 'IT_PROVIDER', 'CERT'];

export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind;
  municipalityKey: string;
  district: string;
  governmentRegion: string;
  population: number | string;
}

export function toOrganisationInput(v: OrganisationFormValues): OrganisationInput {
  return {
    name: v.name.trim(),
    kind: v.kind,
    municipalityKey: v.kind === 'MUNICIPALITY' ? v.municipalityKey.trim() || null : null,
    district: v.district.trim() || null,
    governmentRegion: v.governmentRegion.trim() || null,
    population: typeof v.population === 'number' ? v.population : null,
  };
}

/** Name, kind and the official data of an organisation (create and edit). */
export function OrganisationForm({
  initial,
  kindFixed,
  submitLabel,
  loading,
  error,
  onSubmit,
}: {
  initial: OrganisationFormValues;
  kindFixed: boolean;
  submitLabel: string;
  loading: boolean;
  error: AppErrorInfo | null;
  onSubmit: (values: OrganisationFormValues) => void;
}) {
  const to = adminTexts.organisation;
  const [v, setV] = useState(initial);
  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    setV((prev) => ({ ...prev, [key]: value }));
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(v);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={to.name}
          required
          value={v.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={fieldError('name')}
        />
        <Select
          label={to.kind}
          description={kindFixed ? to.kindFixed : undefined}
          value={v.kind}
          disabled={kindFixed}
          onChange={(k) => k && set('kind', k)}
          data={KINDS.map((k) => ({ value: k, label: organisationKindLabel(k) }))}
          allowDeselect={false}
          error={fieldError('kind')}
        />
        {v.kind === 'MUNICIPALITY' ? (
          <TextInput
            label={to.municipalityKey}
            description={to.municipalityKeyDescription}
            required
            inputMode="numeric"
            value={v.municipalityKey}
            onChange={(e) => set('municipalityKey', e.currentTarget.value)}
            error={fieldError('municipalityKey')}
          />
        ) : null}
        <TextInput
          label={to.district}
          value={v.district}
          onChange={(e) => set('district', e.currentTarget.value)}
          error={fieldError('district')}
        />
        <TextInput
          label={to.governmentRegion}
          value={v.governmentRegion}
          onChange={(e) => set('governmentRegion', e.currentTarget.value)}
          error={fieldError('governmentRegion')}
        />
        <NumberInput
          label={to.population}
          min={0}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          value={v.population}
          onChange={(n) => set('population', n)}
          error={fieldError('population')}
        />
        {error && !error.field ? (
          <Alert color="red" role="alert" variant="light">
            {error.message}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CreateOrganisation() {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateOrganisationMutation, {
    refetchQueries: [AdminOrganisationsQuery],
  });
  const [error, setError] = useState<AppErrorInfo | null>(null);
  return (
    <OrganisationForm
      initial={{
        name: '',
        kind: 'MUNICIPALITY',
        municipalityKey: '',
        district: '',
        governmentRegion: '',
        population: '',
      }}
      kindFixed={false}
      submitLabel={t.create}
      loading={loading}
      error={error}
      onSubmit={(values) => {
        setError(null);
        create({ variables: { input: toOrganisationInput(values) } })
          .then((r) => {
            if (r.data) void navigate(`/verwaltung/organisationen/${r.data.createOrganisation.id}`);
          })
          .catch((err: unknown) => setError(describeError(err)));
      }}
    />
  );
}

function OrganisationList() {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<OrganisationKind | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { data, error, loading, fetchMore, refetch } = useQuery(AdminOrganisationsQuery, {
    variables: { search: debounced || null, kind, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.organisations;
  return (
    <Section id="v-organisationen" title={t.listTitle}>
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t.search}
          description={t.searchDescription}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Select
          label={t.kind}
          placeholder={t.allKinds}
          clearable
          value={kind}
          onChange={(k) => setKind(k)}
          data={KINDS.map((k) => ({ value: k, label: organisationKindLabel(k) }))}
        />
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {!list && loading ? <LoadingState /> : null}
      {list && list.nodes.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
      {list && list.nodes.length > 0 ? (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.name}</Table.Th>
                <Table.Th scope="col">{t.kind}</Table.Th>
                <Table.Th scope="col">{t.district}</Table.Th>
                <Table.Th scope="col">{t.key}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>
                    <AppLink to={`/verwaltung/organisationen/${o.id}`} aria-label={t.edit(o.name)}>
                      {o.name}
                    </AppLink>
                  </Table.Td>
                  <Table.Td>{organisationKindLabel(o.kind)}</Table.Td>
                  <Table.Td>{o.district ?? '–'}</Table.Td>
                  <Table.Td>{o.municipalityKey ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {list ? (
        <Group>
          <Text size="sm" role="status">
            {adminTexts.shown(list.nodes.length, list.totalCount)}
          </Text>
          {list.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                void fetchMore({
                  variables: { after: list.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    organisations: {
                      ...fetchMoreResult.organisations,
                      nodes: [...prev.organisations.nodes, ...fetchMoreResult.organisations.nodes],
                    },
                  }),
                })
              }
            >
              {adminTexts.loadMore}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Section>
  );
}

export default function OrganisationsAdminPage() {
  return (
    <AdminGate adminOnly>
      {() => (
        <Page
          title={t.title}
          actions={<AppLink to="/verwaltung">{adminTexts.backToOverview}</AppLink>}
        >
          <OrganisationList />
          <Section id="v-organisation-neu" title={t.createTitle}>
            <CreateOrganisation />
          </Section>
        </Page>
      )}
    </AdminGate>
  );
}
