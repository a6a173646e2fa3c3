import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { TlpLabel } from '../../gql/enums';
import { organisationKindLabel, tlpLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { AdvisoryNotFound } from './NotFound';
import {
  AdvisoryDetailQuery,
  ProviderMunicipalitiesQuery,
  RecipientMembersQuery,
  RecipientOrganisationsQuery,
  SetRecipientsMutation,
} from './operations';
import { addChosen, expandRecipients, type ProviderExpansion } from './recipients';
import { recipientKind } from './tlp';
import { TlpBanner } from './TlpBanner';
import { advisoryTexts as t } from './texts';
import './advisories.css';

interface Named {
  id: string;
  name: string;
}
interface Person {
  id: string;
  displayName: string;
  organisation: { name: string };
}

/** The recipients of an advisory, with "all municipalities served by provider X" from the register. */
export default function RecipientsPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(AdvisoryDetailQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error && !data) return <AdvisoryNotFound error={error} onRetry={() => void refetch()} />;
  const a = data?.advisory;
  if (!a) return <LoadingState />;
  if (!a.canManage || !a.recipients)
    return (
      <Page title={t.recipientsTitle(a.title)}>
        <Alert color="gray">{t.certOnly}</Alert>
      </Page>
    );
  return (
    <RecipientsEditor
      advisory={{ id: a.id, title: a.title, tlp: a.tlp, publisherName: a.publisherName }}
      initialOrganisations={a.recipients.organisations}
      initialMembers={a.recipients.members}
    />
  );
}

function RecipientsEditor({
  advisory: a,
  initialOrganisations,
  initialMembers,
}: {
  advisory: { id: string; title: string; tlp: TlpLabel; publisherName: string };
  initialOrganisations: Named[];
  initialMembers: Person[];
}) {
  const client = useApolloClient();
  const kind = recipientKind(a.tlp);
  const [chosen, setChosen] = useState<Named[]>(initialOrganisations);
  const [expansions, setExpansions] = useState<ProviderExpansion[]>([]);
  const [people, setPeople] = useState<Person[]>(initialMembers);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [providerId, setProviderId] = useState('');
  const [withProvider, setWithProvider] = useState(true);
  const [notice, setNotice] = useState('');
  const [expandError, setExpandError] = useState<unknown>(null);
  const orgResults = useQuery(RecipientOrganisationsQuery, {
    variables: { search: debounced, first: 10 },
    skip: kind !== 'organisations' || debounced.length < 2,
  });
  const memberResults = useQuery(RecipientMembersQuery, {
    variables: { search: debounced, first: 10 },
    skip: kind !== 'members' || debounced.length < 2,
  });
  const providers = useQuery(RecipientOrganisationsQuery, {
    variables: { kind: 'IT_PROVIDER', first: 100 },
    skip: kind !== 'organisations',
  });
  const [save, saving] = useMutation(SetRecipientsMutation, {
    refetchQueries: [{ query: AdvisoryDetailQuery, variables: { id: a.id } }],
  });
  const recipients = expandRecipients(chosen, expansions);

  const expand = async () => {
    setExpandError(null);
    setNotice('');
    const provider = providers.data?.organisations.nodes.find((p) => p.id === providerId);
    if (!provider) return;
    try {
      const r = await client.query({
        query: ProviderMunicipalitiesQuery,
        variables: { id: provider.id },
        fetchPolicy: 'network-only',
      });
      const municipalities = (r.data?.organisation.serviceRelations ?? [])
        .filter((rel) => rel.provider.id === provider.id)
        .map((rel) => rel.municipality);
      setExpansions((prev) => [
        ...prev.filter((e) => e.provider.id !== provider.id),
        { provider: { id: provider.id, name: provider.name }, municipalities },
      ]);
      if (withProvider)
        setChosen((prev) => addChosen(prev, [{ id: provider.id, name: provider.name }]));
      setNotice(t.providerAdded(municipalities.length, provider.name));
    } catch (e) {
      setExpandError(e);
    }
  };
  const removeOrganisation = (orgId: string) => {
    setChosen((prev) => prev.filter((o) => o.id !== orgId));
    setExpansions((prev) =>
      prev.map((e) => ({ ...e, municipalities: e.municipalities.filter((m) => m.id !== orgId) })),
    );
  };

  return (
    <Page title={t.recipientsTitle(a.title)}>
      <AppLink to={`/warnungen/${a.id}`} size="sm">
        {a.title}
      </AppLink>
      <TlpBanner tlp={a.tlp} />
      {kind === 'none' ? (
        <Alert color="gray">{t.recipientsNotNeeded(tlpLabel(a.tlp))}</Alert>
      ) : (
        <Text>{t.recipientsIntro}</Text>
      )}

      {kind !== 'none' ? (
        <Stack gap="sm" component="section" aria-labelledby="pick-heading">
          <Title order={2} size="h3" id="pick-heading">
            {kind === 'organisations' ? t.pickOrganisations : t.pickMembers}
          </Title>
          <TextInput
            label={kind === 'organisations' ? t.orgSearch : t.memberSearch}
            description={t.orgSearchHelp}
            type="search"
            value={search}
            maxLength={100}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maw={480}
          />
          {kind === 'organisations' && debounced.length >= 2 && orgResults.data ? (
            orgResults.data.organisations.nodes.length ? (
              <ul className="plain-list" aria-label={t.orgSearch}>
                {orgResults.data.organisations.nodes.map((o) => (
                  <li key={o.id}>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t.addNamed(o.name)}
                        disabled={chosen.some((c) => c.id === o.id)}
                        onClick={() => setChosen((prev) => addChosen(prev, [o]))}
                      >
                        {t.add}
                      </Button>
                      <Text size="sm">
                        {o.name} ({organisationKindLabel(o.kind)})
                      </Text>
                    </Group>
                  </li>
                ))}
              </ul>
            ) : (
              <Text size="sm">{t.noResults}</Text>
            )
          ) : null}
          {kind === 'members' && debounced.length >= 2 && memberResults.data ? (
            memberResults.data.members.nodes.length ? (
              <ul className="plain-list" aria-label={t.memberSearch}>
                {memberResults.data.members.nodes.map((m) => (
                  <li key={m.id}>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t.addNamed(m.displayName)}
                        disabled={people.some((p) => p.id === m.id)}
                        onClick={() => setPeople((prev) => addChosen(prev, [m]))}
                      >
                        {t.add}
                      </Button>
                      <Text size="sm">
                        {m.displayName} ({m.organisation.name})
                      </Text>
                    </Group>
                  </li>
                ))}
              </ul>
            ) : (
              <Text size="sm">{t.noResults}</Text>
            )
          ) : null}
        </Stack>
      ) : null}

      {kind === 'organisations' ? (
        <Stack gap="sm" component="section" aria-labelledby="provider-heading">
          <Title order={2} size="h3" id="provider-heading">
            {t.providerExpand}
          </Title>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t.providerChoose}
              value={providerId}
              onChange={(e) => setProviderId(e.currentTarget.value)}
              data={[
                { value: '', label: '–' },
                ...(providers.data?.organisations.nodes ?? []).map((p) => ({
                  value: p.id,
                  label: p.name,
                })),
              ]}
            />
            <Button variant="default" disabled={!providerId} onClick={() => void expand()}>
              {t.providerAdd}
            </Button>
          </Group>
          <Checkbox
            label={t.providerItself}
            checked={withProvider}
            onChange={(e) => setWithProvider(e.currentTarget.checked)}
          />
          {expandError ? <ErrorAlert error={expandError} /> : null}
        </Stack>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="readers-heading">
        <Title order={2} size="h3" id="readers-heading">
          {t.readersHeading}
        </Title>
        {kind === 'none' ? <Text>{t.readersAll}</Text> : null}
        {kind === 'organisations' ? (
          <>
            <Text>{t.readersCert(a.publisherName)}</Text>
            <Text fw={600}>{t.readersOrgs(recipients.length)}</Text>
            <ul aria-label={t.readersHeading}>
              {recipients.map((o) => (
                <li key={o.id}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      {o.name}
                      {o.via.length ? ` (${t.via(o.via.join(', '))})` : ''}
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t.removeNamed(o.name)}
                      onClick={() => removeOrganisation(o.id)}
                    >
                      {t.remove}
                    </Button>
                  </Group>
                </li>
              ))}
            </ul>
            {a.tlp === 'AMBER' ? <Text size="sm">{t.readersForward}</Text> : null}
          </>
        ) : null}
        {kind === 'members' ? (
          <>
            <Text fw={600}>{t.readersMembers(people.length)}</Text>
            <ul aria-label={t.readersHeading}>
              {people.map((m) => (
                <li key={m.id}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      {m.displayName} ({m.organisation.name})
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={t.removeNamed(m.displayName)}
                      onClick={() => setPeople((prev) => prev.filter((p) => p.id !== m.id))}
                    >
                      {t.remove}
                    </Button>
                  </Group>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Stack>

      {kind !== 'none' ? (
        <Stack gap="xs">
          {saving.error ? <ErrorAlert error={saving.error} /> : null}
          <Button
            w="fit-content"
            loading={saving.loading}
            onClick={() => {
              setNotice('');
              void save({
                variables: {
                  id: a.id,
                  input: {
                    // Exactly the list shown above (expanded now, from the register); the list
                    // the label does not use is kept for a later change of the label.
                    organisationIds: recipients.map((o) => o.id),
                    memberIds: people.map((p) => p.id),
                    municipalitiesServedBy: [],
                  },
                },
              })
                .then(() => setNotice(t.recipientsSaved))
                .catch(() => undefined);
            }}
          >
            {t.saveRecipients}
          </Button>
        </Stack>
      ) : null}
      <Text role="status" size="sm">
        {notice}
      </Text>
    </Page>
  );
}
