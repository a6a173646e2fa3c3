import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { OrganisationKind } from '../../gql/enums';
import { organisationKindLabel } from '../../lib/labels';
import { OrganisationNamesQuery } from './operations';
import { adminTexts as t } from './texts';

export interface PickedOrganisation {
  id: string;
  name: string;
}

/**
 * Picks one organisation by typing part of its name (the server searches; there are hundreds of
 * municipalities). `kind` narrows the choice, `exclude` hides ids already used.
 */
export function OrganisationSelect({
  label,
  description,
  value,
  onChange,
  kind,
  exclude = [],
  error,
  required,
}: {
  label: string;
  description?: string;
  value: PickedOrganisation | null;
  onChange: (value: PickedOrganisation | null) => void;
  kind?: OrganisationKind;
  exclude?: readonly string[];
  error?: string;
  required?: boolean;
}) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  // While the field shows the chosen name, list around it, not only the one match.
  const term = value && debounced === value.name ? '' : debounced.trim();
  const { data } = useQuery(OrganisationNamesQuery, {
    variables: { search: term || null, kind: kind ?? null, first: 25 },
  });
  const options = useMemo(() => {
    const nodes = (data?.organisations.nodes ?? []).filter((o) => !exclude.includes(o.id));
    const list = nodes.map((o) => ({
      value: o.id,
      label: kind ? o.name : `${o.name} (${organisationKindLabel(o.kind)})`,
    }));
    if (value && !list.some((o) => o.value === value.id))
      list.unshift({ value: value.id, label: value.name });
    return list;
  }, [data, exclude, kind, value]);
  return (
    <Select
      label={label}
      description={description}
      placeholder={t.organisation.pickPlaceholder}
      nothingFoundMessage={t.organisation.pickNothing}
      searchable
      clearable
      required={required}
      error={error}
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already; Mantine would filter the labels again by the same text.
      filter={({ options: all }) => all}
      onChange={(id, option) => onChange(id && option ? { id, name: option.label } : null)}
    />
  );
}
