import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  PasswordInput,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { AccountQuery as AccountQueryType, ContactVisibility } from '../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import {
  contactVisibilityLabel,
  organisationKindLabel,
  organisationRoleLabel,
  platformRoleLabel,
} from '../../lib/labels';
import { passwordAcceptable } from '../../lib/password-rules';
import { session } from '../../lib/session';
import { Page } from '../../ui/Page';
import { PasswordRules } from '../../ui/PasswordRules';
import { ErrorAlert, LoadingState } from '../../ui/States';
import {
  AccountQuery,
  ChangePasswordMutation,
  RevokeMySessionMutation,
  UpdateProfileMutation,
} from './operations';
import { accountTexts as t } from './texts';
import { describeUserAgent } from './user-agent';
import { EmergencyPhoneForm } from '../incidents/response/EmergencyPhoneForm';
import { responseTexts } from '../incidents/response/texts';

type Me = AccountQueryType['me'];
type SessionRow = AccountQueryType['mySessions'][number];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
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

const VISIBILITIES: ContactVisibility[] = ['ALL_MEMBERS', 'ORGANISATION', 'HIDDEN'];

function ProfileForm({ me }: { me: Me }) {
  const [displayName, setDisplayName] = useState(me.displayName);
  const [position, setPosition] = useState(me.position ?? '');
  const [phone, setPhone] = useState(me.phone ?? '');
  const [bio, setBio] = useState(me.bio ?? '');
  const [tags, setTags] = useState<string[]>(me.expertiseTags);
  const [visibility, setVisibility] = useState<ContactVisibility>(
    me.contactVisibility ?? 'ORGANISATION',
  );
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateProfileMutation);
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await update({
        variables: {
          input: {
            displayName: displayName.trim(),
            position: position.trim() || null,
            phone: phone.trim() || null,
            bio: bio.trim() || null,
            expertiseTags: tags,
            contactVisibility: visibility,
          },
        },
      });
      setSaved(true);
    } catch (err) {
      setError(describeError(err));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text>{t.profile.intro}</Text>
        <dl className="facts">
          <dt>{t.profile.email}</dt>
          <dd>{me.email}</dd>
          <dt>{t.profile.handle}</dt>
          <dd>@{me.handle}</dd>
          <dt>{t.profile.organisation}</dt>
          <dd>
            {me.organisation.name} ({organisationKindLabel(me.organisation.kind)})
          </dd>
          <dt>{t.profile.roles}</dt>
          <dd>
            {organisationRoleLabel(me.organisationRole)}
            {me.platformRole !== 'USER' ? `, ${platformRoleLabel(me.platformRole)}` : ''}
          </dd>
        </dl>
        <TextInput
          label={t.profile.displayName}
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.currentTarget.value)}
          error={fieldError('displayName')}
        />
        <TextInput
          label={t.profile.position}
          description={t.profile.positionDescription}
          value={position}
          onChange={(e) => setPosition(e.currentTarget.value)}
          error={fieldError('position')}
        />
        <TextInput
          label={t.profile.phone}
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.currentTarget.value)}
          error={fieldError('phone')}
        />
        <Textarea
          label={t.profile.bio}
          autosize
          minRows={2}
          value={bio}
          onChange={(e) => setBio(e.currentTarget.value)}
          error={fieldError('bio')}
        />
        <TagsInput
          label={t.profile.expertise}
          description={t.profile.expertiseDescription}
          value={tags}
          onChange={setTags}
          error={fieldError('expertiseTags')}
        />
        <Select
          label={t.profile.contactVisibility}
          value={visibility}
          onChange={(v) => v && setVisibility(v)}
          data={VISIBILITIES.map((v) => ({ value: v, label: contactVisibilityLabel(v) }))}
          allowDeselect={false}
        />
        {error && !error.field ? (
          <Alert color="red" role="alert" variant="light">
            {error.message}
          </Alert>
        ) : null}
        {saved ? (
          <Alert color="green" role="status" variant="light">
            {t.profile.saved}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {t.profile.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [done, setDone] = useState(false);
  const [change, { loading }] = useMutation(ChangePasswordMutation, {
    refetchQueries: [AccountQuery],
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    setDone(false);
    if (!current || !passwordAcceptable(next) || next !== repeat) return;
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      setDone(true);
      setTouched(false);
      setCurrent('');
      setNext('');
      setRepeat('');
    } catch (err) {
      const info = describeError(err);
      // A wrong current password answers UNAUTHENTICATED from the server; say it at the field.
      setError(
        info.code === 'UNAUTHENTICATED'
          ? { ...info, field: 'currentPassword', message: t.password.wrongCurrent }
          : info,
      );
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <Text>{t.password.intro}</Text>
        <PasswordInput
          label={t.password.current}
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={error?.field === 'currentPassword' ? error.message : undefined}
        />
        <PasswordInput
          label={t.password.next}
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          aria-describedby="konto-passwort-regeln"
          error={
            error?.field === 'newPassword'
              ? error.message
              : touched && !passwordAcceptable(next)
                ? t.password.weak
                : undefined
          }
        />
        <PasswordRules password={next} id="konto-passwort-regeln" />
        <PasswordInput
          label={t.password.repeat}
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          error={touched && repeat !== next ? t.password.mismatch : undefined}
        />
        {error && !['currentPassword', 'newPassword'].includes(error.field ?? '') ? (
          <Alert color="red" role="alert" variant="light">
            {error.message}
          </Alert>
        ) : null}
        {done ? (
          <Alert color="green" role="status" variant="light">
            {t.password.done}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {t.password.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Sessions({ sessions }: { sessions: SessionRow[] }) {
  const [revoke, { loading }] = useMutation(RevokeMySessionMutation, {
    refetchQueries: [AccountQuery],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const onRevoke = async (row: SessionRow) => {
    setError(null);
    setDone(false);
    try {
      await revoke({ variables: { sessionId: row.id } });
      if (row.current) {
        session.end('signed-out');
        await session.clearCookie();
        return;
      }
      setDone(true);
    } catch (err) {
      setError(err);
    }
  };
  if (!sessions.length) return <Text>{t.sessions.empty}</Text>;
  return (
    <Stack gap="sm">
      <Text>{t.sessions.intro}</Text>
      <ErrorAlert error={error} />
      {done ? (
        <Alert color="green" role="status" variant="light">
          {t.sessions.revoked}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={520}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.sessions.device}</Table.Th>
              <Table.Th scope="col">{t.sessions.started}</Table.Th>
              <Table.Th scope="col">{t.sessions.lastUsed}</Table.Th>
              <Table.Th scope="col">{t.sessions.ip}</Table.Th>
              <Table.Th scope="col">{t.sessions.actions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((row) => {
              const device = describeUserAgent(row.userAgent) ?? t.sessions.unknownDevice;
              return (
                <Table.Tr key={row.id} data-testid="session-row">
                  <Table.Td>
                    {device}{' '}
                    {row.current ? (
                      <Badge color="gray.8" size="sm" radius="sm">
                        {t.sessions.current}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatDateTime(row.createdAt)}</Table.Td>
                  <Table.Td>{formatDateTime(row.lastUsedAt)}</Table.Td>
                  <Table.Td>{row.ip ?? '–'}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void onRevoke(row)}
                      loading={loading}
                      aria-label={t.sessions.revokeLabel(
                        device + (row.current ? ` (${t.sessions.current})` : ''),
                      )}
                    >
                      {t.sessions.revoke}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export default function AccountPage() {
  const { data, loading, error, refetch } = useQuery(AccountQuery);
  return (
    <Page title={t.title}>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <LoadingState /> : null}
      {data ? (
        <>
          <Section id="konto-profil" title={t.profile.title}>
            <ProfileForm me={data.me} />
          </Section>
          <Section id="konto-notfall" title={responseTexts.emergency.title}>
            <EmergencyPhoneForm />
          </Section>
          <Section id="konto-passwort" title={t.password.title}>
            <PasswordForm />
          </Section>
          <Section id="konto-totp" title={t.totp.title}>
            {data.me.totpEnabled ? (
              <Text>{t.totp.enabled}</Text>
            ) : (
              <Stack gap="xs" align="flex-start">
                <Text>{t.totp.disabled}</Text>
                <Button component={Link} to="/zwei-faktor">
                  {t.totp.setUp}
                </Button>
              </Stack>
            )}
            <Text size="sm">{t.totp.reset}</Text>
          </Section>
          <Section id="konto-sitzungen" title={t.sessions.title}>
            <Sessions sessions={data.mySessions} />
          </Section>
          <Section id="konto-mail" title={t.mail.title}>
            <Text>{t.mail.intro}</Text>
            <Group>
              <Button component={Link} to="/konto/benachrichtigungen" variant="default">
                {t.mail.open}
              </Button>
            </Group>
          </Section>
        </>
      ) : null}
    </Page>
  );
}
