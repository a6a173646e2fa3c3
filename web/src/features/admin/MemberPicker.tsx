import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { getFragmentData } from '../../gql';
import { AdminMemberQuery, AdminMemberRowFragment, MemberPickerQuery } from './operations';

/** Picks one member by name (server search); shows the chosen one's name from its id. */
export function MemberPicker({
  label,
  placeholder,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const chosen = useQuery(AdminMemberQuery, { variables: { id: value }, skip: !value });
  const chosenName =
    value && chosen.data
      ? getFragmentData(AdminMemberRowFragment, chosen.data.member).displayName
      : undefined;
  const term = chosenName && debounced === chosenName ? '' : debounced;
  const { data } = useQuery(MemberPickerQuery, {
    variables: { search: term || null, first: 20 },
  });
  const options = useMemo(() => {
    const list = (data?.members.nodes ?? []).map((m) => ({
      value: m.id,
      label: `${m.displayName} (${m.organisation.name})`,
    }));
    if (value && chosenName && !list.some((o) => o.value === value))
      list.unshift({ value, label: chosenName });
    return list;
  }, [data, value, chosenName]);
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      data={options}
      value={value || null}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      onChange={(id) => onChange(id ?? '')}
    />
  );
}
