import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  CopyButton,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import { getFragmentData } from '../../gql';
import type { MemberStatus, OrganisationRole } from '../../gql/enums';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { memberStatusLabel, organisationRoleLabel, platformRoleLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { AdminGate, isPlatformAdmin, type AdminMe } from './access';
import {
  AdminMemberRowFragment,
  AdminMembersQuery,
  InviteMemberMutation,
  PendingInvitationsQuery,
  RevokeInvitationMutation,
  SetTotpForAllMutation,
  TotpForAllQuery,
} from './operations';
import { OrganisationSelect, type PickedOrganisation } from './OrganisationSelect';
import { adminTexts } from './texts';

const t = adminTexts.members;
const PAGE = 25;
const STATUSES: MemberStatus[] = ['ACTIVE', 'INVITED', 'DISABLED'];
const ORG_ROLES: OrganisationRole[] = ['MEMBER', 'ORG_ADMIN'];

export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id} padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** Asks before an action that cannot be undone with one click (window.confirm is keyboard- and screen-reader-friendly). */
export function confirmAction(question: string): boolean {
  return window.confirm(question);
}

function TotpForAll() {
  const tt = adminTexts.totpForAll;
  const { data, error } = useQuery(TotpForAllQuery);
  const [set, { loading }] = useMutation(SetTotpForAllMutation, {
    update: (cache, { data: result }) => {
      if (result)
        cache.writeQuery({
          query: TotpForAllQuery,
          data: { totpRequiredForAll: result.setTotpRequiredForAll },
        });
    },
  });
  const [changeError, setChangeError] = useState<unknown>(null);
  const [changed, setChanged] = useState<boolean | null>(null);
  return (
    <Section id="v-totp-alle" title={tt.title}>
      <Text>{tt.intro}</Text>
      <ErrorAlert error={error ?? changeError} />
      {data ? (
        <Switch
          label={tt.label}
          checked={data.totpRequiredForAll}
          disabled={loading}
          onChange={(e) => {
            const required = e.currentTarget.checked;
            setChangeError(null);
            set({ variables: { required } })
              .then(() => setChanged(required))
              .catch(setChangeError);
          }}
        />
      ) : null}
      {changed !== null ? <Text role="status">{changed ? tt.on : tt.off}</Text> : null}
    </Section>
  );
}

function InviteForm({ me }: { me: AdminMe }) {
  const ti = adminTexts.invite;
  const admin = isPlatformAdmin(me);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(
    admin ? null : { id: me.organisation.id, name: me.organisation.name },
  );
  const [role, setRole] = useState<OrganisationRole>('MEMBER');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [invite, { data, loading, reset }] = useMutation(InviteMemberMutation, {
    refetchQueries: [PendingInvitationsQuery],
  });
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (!email.trim() || displayName.trim().length < 2 || !organisation) return;
    try {
      await invite({
        variables: {
          input: {
            email: email.trim(),
            displayName: displayName.trim(),
            organisationId: organisation.id,
            organisationRole: role,
          },
        },
      });
    } catch (err) {
      setError(describeError(err));
    }
  };

  const issued = data?.inviteMember;
  if (issued) {
    return (
      <Stack gap="sm">
        <Alert color="green" title={ti.doneTitle} role="status">
          {ti.done(issued.email, formatDateTime(issued.expiresAt))}
        </Alert>
        <TextInput
          label={ti.link}
          value={issued.url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
        />
        <Group>
          <CopyButton value={issued.url}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'green.9' : undefined}>
                {copied ? ti.copied : ti.copy}
              </Button>
            )}
          </CopyButton>
          <Button
            variant="default"
            onClick={() => {
              reset();
              setEmail('');
              setDisplayName('');
              setRole('MEMBER');
              setTouched(false);
            }}
          >
            {ti.another}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text>{ti.intro}</Text>
        <TextInput
          label={ti.email}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError('email') ?? (touched && !email.trim() ? ti.emailRequired : undefined)}
        />
        <TextInput
          label={ti.displayName}
          description={ti.displayNameDescription}
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={
            fieldError('displayName') ??
            (touched && displayName.trim().length < 2 ? ti.nameRequired : undefined)
          }
        />
        {admin ? (
          <OrganisationSelect
            label={ti.organisation}
            required
            value={organisation}
            onChange={setOrganisation}
            error={
              fieldError('organisationId') ??
              (touched && !organisation ? ti.organisationRequired : undefined)
            }
          />
        ) : (
          <TextInput label={ti.organisation} value={me.organisation.name} readOnly />
        )}
        <Select
          label={ti.organisationRole}
          value={role}
          onChange={(v) => v && setRole(v)}
          data={ORG_ROLES.map((r) => ({ value: r, label: organisationRoleLabel(r) }))}
          allowDeselect={false}
        />
        {error && !error.field ? (
          <Alert color="red" role="alert" variant="light">
            {error.message}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {ti.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PendingInvitations({ organisationId }: { organisationId: string | null }) {
  const tp = adminTexts.pending;
  const { data, error, loading, fetchMore, refetch } = useQuery(PendingInvitationsQuery, {
    variables: { organisationId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(RevokeInvitationMutation, {
    refetchQueries: [PendingInvitationsQuery],
  });
  const [actionError, setActionError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const list = data?.pendingInvitations;
  return (
    <Section id="v-einladungen" title={tp.title}>
      <ErrorAlert error={error ?? actionError} onRetry={error ? () => void refetch() : undefined} />
      {done ? <Text role="status">{tp.revoked}</Text> : null}
      {!list && loading ? <LoadingState /> : null}
      {list && list.nodes.length === 0 ? <EmptyState>{tp.none}</EmptyState> : null}
      {list && list.nodes.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{tp.invitee}</Table.Th>
                <Table.Th scope="col">{tp.invitedBy}</Table.Th>
                <Table.Th scope="col">{tp.created}</Table.Th>
                <Table.Th scope="col">{tp.expires}</Table.Th>
                <Table.Th scope="col">{tp.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((inv) => {
                const name = inv.member?.displayName ?? tp.unknown;
                return (
                  <Table.Tr key={inv.id}>
                    <Table.Td>
                      <Text fw={600}>{name}</Text>
                      <Text size="sm">{inv.member?.email}</Text>
                      {inv.member ? (
                        <Text size="sm">
                          {inv.member.organisation.name} ·{' '}
                          {organisationRoleLabel(inv.member.organisationRole)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{inv.invitedBy?.displayName ?? '–'}</Table.Td>
                    <Table.Td>{formatDateTime(inv.createdAt)}</Table.Td>
                    <Table.Td>
                      {inv.expired ? (
                        <Badge color="red.9">{tp.expired}</Badge>
                      ) : (
                        formatDateTime(inv.expiresAt)
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={tp.revokeLabel(name)}
                        onClick={() => {
                          if (!confirmAction(tp.revokeConfirm(name))) return;
                          setActionError(null);
                          setDone(false);
                          revoke({ variables: { invitationId: inv.id } })
                            .then(() => setDone(true))
                            .catch(setActionError);
                        }}
                      >
                        {tp.revoke}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {list ? (
        <Group>
          <Text size="sm">{adminTexts.shown(list.nodes.length, list.totalCount)}</Text>
          {list.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                void fetchMore({
                  variables: { after: list.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    pendingInvitations: {
                      ...fetchMoreResult.pendingInvitations,
                      nodes: [
                        ...prev.pendingInvitations.nodes,
                        ...fetchMoreResult.pendingInvitations.nodes,
                      ],
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

function MemberRow({ row, showOrganisation }: { row: unknown; showOrganisation: boolean }) {
  const m = getFragmentData(AdminMemberRowFragment, row as never);
  return (
    <Table.Tr>
      <Table.Td>
        <AppLink to={`/verwaltung/mitglieder/${m.id}`} aria-label={t.manage(m.displayName)}>
          {m.displayName}
        </AppLink>
        {m.email ? <Text size="sm">{m.email}</Text> : null}
      </Table.Td>
      {showOrganisation ? <Table.Td>{m.organisation.name}</Table.Td> : null}
      <Table.Td>
        {organisationRoleLabel(m.organisationRole)}
        {m.platformRole !== 'USER' ? `, ${platformRoleLabel(m.platformRole)}` : ''}
      </Table.Td>
      <Table.Td>{memberStatusLabel(m.status)}</Table.Td>
      <Table.Td>{m.totpEnabled == null ? '–' : m.totpEnabled ? t.totpOn : t.totpOff}</Table.Td>
    </Table.Tr>
  );
}

function MemberList({ me }: { me: AdminMe }) {
  const admin = isPlatformAdmin(me);
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(null);
  const [status, setStatus] = useState<MemberStatus>('ACTIVE');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  // ORG_ADMINs list their own organisation only (the API refuses other statuses otherwise).
  const organisationId = admin ? (organisation?.id ?? null) : me.organisation.id;
  const { data, error, loading, fetchMore, refetch } = useQuery(AdminMembersQuery, {
    variables: { organisationId, status, search: debounced || null, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const list = data?.members;
  const showOrganisation = admin && !organisation;
  return (
    <Section id="v-mitglieder" title={t.listTitle}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        {admin ? (
          <OrganisationSelect
            label={t.organisation}
            description={t.allOrganisations}
            value={organisation}
            onChange={setOrganisation}
          />
        ) : null}
        <Select
          label={t.status}
          value={status}
          onChange={(v) => v && setStatus(v)}
          data={STATUSES.map((s) => ({ value: s, label: memberStatusLabel(s) }))}
          allowDeselect={false}
        />
        <TextInput
          label={t.search}
          description={t.searchDescription}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {!list && loading ? <LoadingState /> : null}
      {list && list.nodes.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
      {list && list.nodes.length > 0 ? (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.name}</Table.Th>
                {showOrganisation ? <Table.Th scope="col">{t.organisation}</Table.Th> : null}
                <Table.Th scope="col">{t.roles}</Table.Th>
                <Table.Th scope="col">{t.status}</Table.Th>
                <Table.Th scope="col">{t.totp}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((node) => (
                <MemberRow key={node.id} row={node} showOrganisation={showOrganisation} />
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
                    members: {
                      ...fetchMoreResult.members,
                      nodes: [...prev.members.nodes, ...fetchMoreResult.members.nodes],
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

function MembersAdmin({ me }: { me: AdminMe }) {
  const admin = isPlatformAdmin(me);
  return (
    <Page title={t.title} actions={<AppLink to="/verwaltung">{adminTexts.backToOverview}</AppLink>}>
      <Section id="v-einladen" title={adminTexts.invite.title}>
        <InviteForm me={me} />
      </Section>
      <PendingInvitations organisationId={admin ? null : me.organisation.id} />
      <MemberList me={me} />
      {admin ? <TotpForAll /> : null}
    </Page>
  );
}

export default function MembersAdminPage() {
  return <AdminGate>{(me) => <MembersAdmin me={me} />}</AdminGate>;
}
