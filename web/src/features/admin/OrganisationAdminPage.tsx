import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { ServiceKind } from '../../gql/enums';
import type { AdminOrganisationQuery as OrganisationData } from '../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { serviceKindLabel } from '../../lib/labels';
import { servicesText } from '../organisations';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { AdminGate } from './access';
import { confirmAction, Section } from './MembersAdminPage';
import {
  AdminOrganisationQuery,
  RemoveServiceRelationMutation,
  SetServiceRelationMutation,
  UpdateOrganisationMutation,
} from './operations';
import { OrganisationForm, toOrganisationInput } from './OrganisationsAdminPage';
import { OrganisationSelect, type PickedOrganisation } from './OrganisationSelect';
import { adminTexts } from './texts';

const t = adminTexts.organisation;
const SERVICES: ServiceKind[] = [
  'NETWORK',
  'DATA_CENTRE_HOSTING',
  'CLIENT_SUPPORT',
  'EMAIL',
  'SPECIALIST_APPLICATIONS',
];

type Organisation = OrganisationData['organisation'];
type Relation = Organisation['serviceRelations'][number];

function ServicesPicker({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: ServiceKind[];
  onChange: (v: ServiceKind[]) => void;
}) {
  return (
    <Checkbox.Group label={legend} value={value} onChange={(v) => onChange(v)}>
      <Group gap="md" mt="xs">
        {SERVICES.map((s) => (
          <Checkbox key={s} value={s} label={serviceKindLabel(s)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

function RelationRow({
  relation,
  other,
  onSaved,
  onError,
}: {
  relation: Relation;
  other: { id: string; name: string };
  onSaved: (message: string) => void;
  onError: (error: unknown) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [services, setServices] = useState<ServiceKind[]>(relation.services);
  const [save, saving] = useMutation(SetServiceRelationMutation, {
    refetchQueries: [AdminOrganisationQuery],
  });
  const [remove, removing] = useMutation(RemoveServiceRelationMutation, {
    refetchQueries: [AdminOrganisationQuery],
  });
  const ids = { providerId: relation.provider.id, municipalityId: relation.municipality.id };
  return (
    <Table.Tr>
      <Table.Td>
        <AppLink to={`/verwaltung/organisationen/${other.id}`}>{other.name}</AppLink>
      </Table.Td>
      <Table.Td>
        {editing ? (
          <ServicesPicker
            legend={t.editServicesLabel(other.name)}
            value={services}
            onChange={setServices}
          />
        ) : (
          servicesText(relation.services, t.noServices)
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {editing ? (
            <>
              <Button
                size="xs"
                loading={saving.loading}
                onClick={() =>
                  void save({ variables: { input: { ...ids, services } } })
                    .then(() => {
                      setEditing(false);
                      onSaved(t.relationSaved);
                    })
                    .catch(onError)
                }
              >
                {adminTexts.save}
              </Button>
              <Button size="xs" variant="default" onClick={() => setEditing(false)}>
                {adminTexts.cancel}
              </Button>
            </>
          ) : (
            <>
              <Button
                size="xs"
                variant="default"
                aria-label={t.editServicesLabel(other.name)}
                onClick={() => setEditing(true)}
              >
                {t.editServices}
              </Button>
              <Button
                size="xs"
                variant="default"
                color="red.9"
                loading={removing.loading}
                aria-label={t.removeLabel(other.name)}
                onClick={() => {
                  if (!confirmAction(t.removeConfirm(other.name))) return;
                  void remove({ variables: ids })
                    .then(() => onSaved(t.removed))
                    .catch(onError);
                }}
              >
                {t.remove}
              </Button>
            </>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function Register({ organisation }: { organisation: Organisation }) {
  const isProvider = organisation.kind === 'IT_PROVIDER';
  const otherKind = isProvider ? 'MUNICIPALITY' : 'IT_PROVIDER';
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<PickedOrganisation | null>(null);
  const [services, setServices] = useState<ServiceKind[]>([]);
  const [touched, setTouched] = useState(false);
  const [add, adding] = useMutation(SetServiceRelationMutation, {
    refetchQueries: [AdminOrganisationQuery],
  });
  if (organisation.kind === 'CERT') return <Text>{t.registerCertIntro}</Text>;
  const rows = organisation.serviceRelations
    .map((relation) => ({
      relation,
      other: isProvider ? relation.municipality : relation.provider,
    }))
    .sort((a, b) => a.other.name.localeCompare(b.other.name, 'de'));
  const saved = (m: string) => {
    setError(null);
    setMessage(m);
  };
  const failed = (e: unknown) => {
    setMessage(null);
    setError(e);
  };
  return (
    <Stack gap="md">
      <Text>{isProvider ? t.registerProviderIntro : t.registerMunicipalityIntro}</Text>
      <ErrorAlert error={error} />
      {message ? (
        <Alert color="green" role="status" variant="light">
          {message}
        </Alert>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>{t.registerNone}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.other(otherKind)}</Table.Th>
                <Table.Th scope="col">{t.services}</Table.Th>
                <Table.Th scope="col">{t.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ relation, other }) => (
                <RelationRow
                  key={relation.id}
                  relation={relation}
                  other={other}
                  onSaved={saved}
                  onError={failed}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form
        noValidate
        aria-labelledby="v-register-neu"
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (!picked) return;
          const ids = isProvider
            ? { providerId: organisation.id, municipalityId: picked.id }
            : { providerId: picked.id, municipalityId: organisation.id };
          void add({ variables: { input: { ...ids, services } } })
            .then(() => {
              setPicked(null);
              setServices([]);
              setTouched(false);
              saved(t.relationSaved);
            })
            .catch(failed);
        }}
      >
        <Stack gap="sm">
          <Text fw={700} id="v-register-neu" component="h3">
            {t.addTitle}
          </Text>
          <OrganisationSelect
            label={isProvider ? t.addMunicipality : t.addProvider}
            kind={otherKind}
            exclude={rows.map((r) => r.other.id)}
            value={picked}
            onChange={setPicked}
            required
            error={touched && !picked ? t.pickRequired : undefined}
          />
          <ServicesPicker legend={t.services} value={services} onChange={setServices} />
          <Group>
            <Button type="submit" loading={adding.loading}>
              {t.add}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function EditOrganisation({ organisation }: { organisation: Organisation }) {
  const [update, { loading }] = useMutation(UpdateOrganisationMutation);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="sm">
      {saved ? (
        <Alert color="green" role="status" variant="light">
          {adminTexts.saved}
        </Alert>
      ) : null}
      <OrganisationForm
        initial={{
          name: organisation.name,
          kind: organisation.kind,
          municipalityKey: organisation.municipalityKey ?? '',
          district: organisation.district ?? '',
          governmentRegion: organisation.governmentRegion ?? '',
          population: organisation.population ?? '',
        }}
        kindFixed
        submitLabel={adminTexts.save}
        loading={loading}
        error={error}
        onSubmit={(values) => {
          setError(null);
          setSaved(false);
          update({ variables: { id: organisation.id, input: toOrganisationInput(values) } })
            .then(() => setSaved(true))
            .catch((err: unknown) => setError(describeError(err)));
        }}
      />
    </Stack>
  );
}

function OrganisationAdmin({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(AdminOrganisationQuery, { variables: { id } });
  const back = <AppLink to="/verwaltung/organisationen">{adminTexts.organisations.title}</AppLink>;
  if (error)
    return (
      <Page title={adminTexts.organisations.title} actions={back}>
        <ErrorAlert
          error={error}
          overrides={{ NOT_FOUND: t.notFound }}
          onRetry={() => void refetch()}
        />
      </Page>
    );
  if (!data) return <LoadingState />;
  const o = data.organisation;
  return (
    <Page title={o.name} actions={back}>
      <Section id="v-org-angaben" title={t.formTitle}>
        <EditOrganisation key={o.id} organisation={o} />
      </Section>
      <Section id="v-register" title={t.registerTitle}>
        <Register key={o.id} organisation={o} />
      </Section>
    </Page>
  );
}

export default function OrganisationAdminPage() {
  const { organisationId = '' } = useParams();
  return <AdminGate adminOnly>{() => <OrganisationAdmin id={organisationId} />}</AdminGate>;
}
