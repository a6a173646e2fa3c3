import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { organisationKindLabel, organisationKindPluralLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { ORGANISATION_KINDS, readKind } from '../../lib/organisation-kinds';
import { OrganisationListQuery } from './operations';
import { organisationTexts as t } from './texts';
import './organisations.css';

/** Organisationen: all organisations, with search, kind and district filters (state in the URL). */
export default function OrganisationsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const district = params.get('kreis') ?? '';
  const kind = readKind(params.get('art'));
  const [draft, setDraft] = useState({ q: search, kreis: district });
  const { data, loading, error, refetch, fetchMore } = useQuery(OrganisationListQuery, {
    variables: { search: search || null, kind, district: district || null, first: 25 },
    notifyOnNetworkStatusChange: true,
  });
  const apply = (art: string | null) => {
    const p = new URLSearchParams();
    if (draft.q.trim()) p.set('q', draft.q.trim());
    if (draft.kreis.trim()) p.set('kreis', draft.kreis.trim());
    if (art) p.set('art', art);
    setParams(p);
  };
  const list = data?.organisations;
  return (
    <Page title={t.title}>
      <Text>{t.intro}</Text>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          apply(kind);
        }}
      >
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t.search}
            type="search"
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
            style={{ flex: '1 1 260px' }}
          />
          <TextInput
            label={t.district}
            value={draft.kreis}
            onChange={(e) => setDraft({ ...draft, kreis: e.currentTarget.value })}
          />
          <NativeSelect
            label={t.kind}
            value={kind ?? ''}
            onChange={(e) => apply(readKind(e.currentTarget.value))}
            data={[
              { value: '', label: t.allKinds },
              ...ORGANISATION_KINDS.map((k) => ({
                value: k,
                label: organisationKindPluralLabel(k),
              })),
            ]}
          />
          <Button type="submit">{t.searchButton}</Button>
        </Group>
      </form>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!list && loading ? <LoadingState /> : null}
      {list && !list.nodes.length ? <EmptyState>{t.empty}</EmptyState> : null}
      {list && list.nodes.length ? (
        <Stack gap="sm">
          <ul className="plain-list org-list" aria-label={t.results}>
            {list.nodes.map((o) => (
              <li key={o.id}>
                <AppLink to={`/organisationen/${o.id}`} fw={700}>
                  {o.name}
                </AppLink>
                <Text size="sm">
                  {organisationKindLabel(o.kind)}
                  {o.district ? ` · ${o.district}` : ''}
                  {o.municipalityKey ? ` · ${t.municipalityKey} ${o.municipalityKey}` : ''}
                </Text>
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
                      organisations: {
                        ...fetchMoreResult.organisations,
                        nodes: [
                          ...prev.organisations.nodes,
                          ...fetchMoreResult.organisations.nodes,
                        ],
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
