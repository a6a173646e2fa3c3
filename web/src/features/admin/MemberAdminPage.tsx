import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { getFragmentData } from '../../gql';
import type { OrganisationRole, PlatformRole } from '../../gql/enums';
import type { AdminMemberRowFragment as MemberRow } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { memberStatusLabel, organisationRoleLabel, platformRoleLabel } from '../../lib/labels';
import { describeUserAgent } from '../account';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { AdminGate, isPlatformAdmin, type AdminMe } from './access';
import { confirmAction, Section } from './MembersAdminPage';
import {
  AdminMemberQuery,
  AdminMemberRowFragment,
  AdminMemberSessionsQuery,
  DisableMemberMutation,
  EnableMemberMutation,
  ResetMemberTotpMutation,
  RevokeMemberSessionsMutation,
  RevokeSessionMutation,
  SetMemberRolesMutation,
} from './operations';
import { adminTexts } from './texts';

const t = adminTexts.member;
const ORG_ROLES: OrganisationRole[] = ['MEMBER', 'ORG_ADMIN'];
const PLATFORM_ROLES: PlatformRole[] = ['USER', 'MODERATOR', 'ADMIN'];

/** One result line per action: what happened, or the API's error. */
function useOutcome() {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>, success: (result: unknown) => string) => {
    setMessage(null);
    setError(null);
    try {
      setMessage(success(await action()));
    } catch (err) {
      setError(err);
    }
  };
  const view = (
    <>
      <ErrorAlert error={error} />
      {message ? (
        <Alert color="green" role="status" variant="light">
          {message}
        </Alert>
      ) : null}
    </>
  );
  return { run, view };
}

function RolesForm({ me, member }: { me: AdminMe; member: MemberRow }) {
  const admin = isPlatformAdmin(me);
  const [orgRole, setOrgRole] = useState<OrganisationRole>(member.organisationRole);
  const [platformRole, setPlatformRole] = useState<PlatformRole>(member.platformRole);
  const [save, { loading }] = useMutation(SetMemberRolesMutation);
  const { run, view } = useOutcome();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () =>
            save({
              variables: {
                input: {
                  memberId: member.id,
                  organisationRole: orgRole,
                  ...(admin ? { platformRole } : {}),
                },
              },
            }),
          () => t.rolesSaved,
        );
      }}
    >
      <Stack gap="sm">
        <Select
          label={t.organisationRole}
          value={orgRole}
          onChange={(v) => v && setOrgRole(v)}
          data={ORG_ROLES.map((r) => ({ value: r, label: organisationRoleLabel(r) }))}
          allowDeselect={false}
        />
        {admin ? (
          <Select
            label={t.platformRole}
            value={platformRole}
            onChange={(v) => v && setPlatformRole(v)}
            data={PLATFORM_ROLES.map((r) => ({ value: r, label: platformRoleLabel(r) }))}
            allowDeselect={false}
          />
        ) : (
          <Text size="sm">{t.platformRoleAdminOnly}</Text>
        )}
        {view}
        <Group>
          <Button type="submit" loading={loading}>
            {t.saveRoles}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Access({ me, member }: { me: AdminMe; member: MemberRow }) {
  const [disable, disabling] = useMutation(DisableMemberMutation, {
    refetchQueries: [AdminMemberSessionsQuery],
  });
  const [enable, enabling] = useMutation(EnableMemberMutation);
  const [revokeAll, revoking] = useMutation(RevokeMemberSessionsMutation, {
    refetchQueries: [AdminMemberSessionsQuery],
  });
  const { run, view } = useOutcome();
  const own = member.id === me.id;
  return (
    <Stack gap="sm">
      {member.status === 'INVITED' ? <Text>{t.invitedHint}</Text> : null}
      {own ? <Text>{t.ownAccount}</Text> : null}
      {view}
      <Group>
        {member.status === 'ACTIVE' && !own ? (
          <Button
            color="red.9"
            loading={disabling.loading}
            onClick={() => {
              if (!confirmAction(t.disableConfirm(member.displayName))) return;
              void run(
                () => disable({ variables: { memberId: member.id } }),
                () => t.disabled,
              );
            }}
          >
            {t.disable}
          </Button>
        ) : null}
        {member.status === 'DISABLED' ? (
          <Button
            loading={enabling.loading}
            onClick={() =>
              void run(
                () => enable({ variables: { memberId: member.id } }),
                () => t.enabled,
              )
            }
          >
            {t.enable}
          </Button>
        ) : null}
        {member.status === 'ACTIVE' ? (
          <Button
            variant="default"
            loading={revoking.loading}
            onClick={() => {
              if (!confirmAction(t.revokeAllConfirm(member.displayName))) return;
              void run(
                () => revokeAll({ variables: { memberId: member.id } }),
                (r) =>
                  t.revokedAll(
                    (r as { data?: { revokeMemberSessions: number } }).data?.revokeMemberSessions ??
                      0,
                  ),
              );
            }}
          >
            {t.revokeAll}
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}

function Sessions({ memberId }: { memberId: string }) {
  const { data, error, refetch } = useQuery(AdminMemberSessionsQuery, {
    variables: { memberId },
  });
  const [revoke] = useMutation(RevokeSessionMutation, {
    refetchQueries: [AdminMemberSessionsQuery],
  });
  const { run, view } = useOutcome();
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  return (
    <Stack gap="sm">
      {view}
      {data.memberSessions.length === 0 ? <EmptyState>{t.sessionsNone}</EmptyState> : null}
      {data.memberSessions.length === 0 ? null : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.device}</Table.Th>
                <Table.Th scope="col">{t.ip}</Table.Th>
                <Table.Th scope="col">{t.since}</Table.Th>
                <Table.Th scope="col">{t.lastUsed}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{adminTexts.pending.actions}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.memberSessions.map((s) => {
                const device = describeUserAgent(s.userAgent) ?? t.unknownDevice;
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>{device}</Table.Td>
                    <Table.Td>{s.ip ?? '–'}</Table.Td>
                    <Table.Td>{formatDateTime(s.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(s.lastUsedAt)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t.revokeLabel(device)}
                        onClick={() =>
                          void run(
                            () => revoke({ variables: { sessionId: s.id } }),
                            () => t.revoked,
                          )
                        }
                      >
                        {t.revoke}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function TotpReset({ member }: { member: MemberRow }) {
  const [reset, { loading }] = useMutation(ResetMemberTotpMutation, {
    refetchQueries: [AdminMemberSessionsQuery],
  });
  const { run, view } = useOutcome();
  return (
    <Stack gap="sm">
      <Text>{t.totpIntro}</Text>
      {view}
      {member.totpEnabled ? (
        <Group>
          <Button
            color="red.9"
            loading={loading}
            onClick={() => {
              if (!confirmAction(t.totpResetConfirm(member.displayName))) return;
              void run(
                () => reset({ variables: { memberId: member.id } }),
                () => t.totpWasReset,
              );
            }}
          >
            {t.totpReset}
          </Button>
        </Group>
      ) : (
        <Text>{t.totpNotSet}</Text>
      )}
    </Stack>
  );
}

function MemberAdmin({ me, memberId }: { me: AdminMe; memberId: string }) {
  const { data, error, refetch } = useQuery(AdminMemberQuery, { variables: { id: memberId } });
  const back = <AppLink to="/verwaltung/mitglieder">{adminTexts.members.title}</AppLink>;
  const admin = isPlatformAdmin(me);
  if (error) {
    const code = describeError(error).code;
    return (
      <Page title={adminTexts.members.title} actions={back}>
        <ErrorAlert
          error={error}
          overrides={{ NOT_FOUND: t.notFound }}
          onRetry={code === 'NOT_FOUND' ? undefined : () => void refetch()}
        />
      </Page>
    );
  }
  if (!data) return <LoadingState />;
  const detail = data.member;
  const member = getFragmentData(AdminMemberRowFragment, detail);
  // ORG_ADMINs manage their own organisation only, and never a platform ADMIN (the API says so too).
  if (!admin && member.organisation.id !== me.organisation.id) {
    return (
      <Page title={adminTexts.members.title} actions={back}>
        <Alert color="gray" role="alert">
          {t.notFound}
        </Alert>
      </Page>
    );
  }
  const manageable = admin || member.platformRole !== 'ADMIN';
  return (
    <Page title={member.displayName} actions={back}>
      <Section id="v-angaben" title={t.facts}>
        <dl className="facts">
          <dt>{t.email}</dt>
          <dd>{member.email ?? '–'}</dd>
          <dt>{t.organisation}</dt>
          <dd>{member.organisation.name}</dd>
          <dt>{adminTexts.members.roles}</dt>
          <dd>
            {organisationRoleLabel(member.organisationRole)}
            {member.platformRole !== 'USER' ? `, ${platformRoleLabel(member.platformRole)}` : ''}
          </dd>
          <dt>{t.status}</dt>
          <dd>{memberStatusLabel(member.status)}</dd>
          <dt>{t.totp}</dt>
          <dd>
            {member.totpEnabled == null
              ? '–'
              : member.totpEnabled
                ? adminTexts.members.totpOn
                : adminTexts.members.totpOff}
          </dd>
          <dt>{t.created}</dt>
          <dd>{formatDateTime(detail.createdAt)}</dd>
        </dl>
      </Section>
      {!manageable ? (
        <Alert color="gray" role="note">
          {t.adminOnly}
        </Alert>
      ) : (
        <>
          <Section id="v-rollen" title={t.rolesTitle}>
            <RolesForm me={me} member={member} />
          </Section>
          <Section id="v-zugang" title={t.accessTitle}>
            <Access me={me} member={member} />
          </Section>
          {admin ? (
            <>
              <Section id="v-sitzungen" title={t.sessionsTitle}>
                <Sessions memberId={member.id} />
              </Section>
              <Section id="v-totp" title={t.totpTitle}>
                <TotpReset member={member} />
              </Section>
            </>
          ) : null}
        </>
      )}
    </Page>
  );
}

export default function MemberAdminPage() {
  const { memberId = '' } = useParams();
  return <AdminGate>{(me) => <MemberAdmin me={me} memberId={memberId} />}</AdminGate>;
}
