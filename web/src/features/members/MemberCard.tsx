import { Badge, Group, Stack, Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../gql';
import { organisationKindLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { MemberListItemFragment } from './operations';

/** A member in a list: name (link to the profile), position, organisation, expertise tags. */
export function MemberCard({
  member: ref,
}: {
  member: FragmentType<typeof MemberListItemFragment>;
}) {
  const m = getFragmentData(MemberListItemFragment, ref);
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap" align="baseline">
        <AppLink to={`/mitglieder/${m.id}`} fw={700}>
          {m.displayName}
        </AppLink>
        <Text size="sm">@{m.handle}</Text>
      </Group>
      <Text size="sm">
        {m.position ? `${m.position} · ` : ''}
        <AppLink to={`/organisationen/${m.organisation.id}`} size="sm">
          {m.organisation.name}
        </AppLink>{' '}
        ({organisationKindLabel(m.organisation.kind)})
      </Text>
      {m.expertiseTags.length ? (
        <Group gap={4} wrap="wrap">
          {m.expertiseTags.map((tag) => (
            <Badge key={tag} color="gray.9" variant="outline" size="sm" tt="none">
              {tag}
            </Badge>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
