import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { OrganisationKind } from '../../gql/enums';
import { organisationKindPluralLabel } from '../../lib/labels';
import { Page } from '../../ui/Page';
import { MemberList } from './MemberList';
import { readKind, ORGANISATION_KINDS } from '../../lib/organisation-kinds';
import { memberTexts as t } from './texts';

/** Mitglieder: the directory with search and a filter by kind of organisation (state in the URL). */
export default function MembersPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const kind = readKind(params.get('art'));
  const [draft, setDraft] = useState(search);
  const apply = (next: { q?: string; art?: OrganisationKind | null }) => {
    const p = new URLSearchParams();
    const q = (next.q ?? search).trim();
    const art = next.art === undefined ? kind : next.art;
    if (q) p.set('q', q);
    if (art) p.set('art', art);
    setParams(p);
  };
  return (
    <Page title={t.title}>
      <Text>{t.intro}</Text>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          apply({ q: draft });
        }}
      >
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t.search}
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            miw={260}
            style={{ flex: '1 1 260px' }}
          />
          <NativeSelect
            label={t.kind}
            value={kind ?? ''}
            onChange={(e) => apply({ q: draft, art: readKind(e.currentTarget.value) })}
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
      <MemberList search={search} organisationKind={kind ?? undefined} label={t.results} />
    </Page>
  );
}
