import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { MailFrequency, MailSettingsQuery as MailSettingsData } from '../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import {
  MailSettingsQuery,
  RemoveOpenPgpKeyMutation,
  SetMailPreferenceMutation,
  SetOpenPgpKeyMutation,
} from './operations';
import { mailSettingsTexts as t } from './texts';

type Preference = MailSettingsData['myMailPreferences'][number];
type PgpKey = NonNullable<MailSettingsData['myOpenPgpKey']>;

const FREQUENCIES: MailFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'];

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

/** Groups of four, as mail programs show fingerprints. */
const groupFingerprint = (f: string) => f.replace(/(.{4})/g, '$1 ').trim();

function PreferencesTable({ preferences }: { preferences: Preference[] }) {
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [setPreference] = useMutation(SetMailPreferenceMutation);

  // The preferences have no id to normalise in Apollo's cache: the page keeps the chosen values.
  const [chosen, setChosen] = useState<Record<string, MailFrequency>>({});
  const frequencyOf = (p: Preference) => chosen[p.kind] ?? p.frequency;

  const change = async (p: Preference, frequency: MailFrequency) => {
    const previous = frequencyOf(p);
    setError(null);
    setSaved(null);
    setChosen((c) => ({ ...c, [p.kind]: frequency }));
    try {
      await setPreference({ variables: { input: { kind: p.kind, frequency } } });
      setSaved(t.preferences.saved(p.label, t.frequency[frequency]));
    } catch (err) {
      setChosen((c) => ({ ...c, [p.kind]: previous }));
      setError(describeError(err));
    }
  };

  // Below 48em the table would need sideways scrolling: one group of choices per kind instead.
  const narrow = useMediaQuery('(max-width: 48em)');

  return (
    <Stack gap="sm">
      <Text>{t.intro}</Text>
      {narrow ? (
        <Stack gap="md">
          {preferences.map((p) => (
            <Radio.Group
              key={p.kind}
              label={p.label}
              description={p.locked ? t.preferences.locked : undefined}
              value={frequencyOf(p)}
              onChange={(v) => void change(p, v)}
            >
              <Group gap="md" mt="xs">
                {p.allowedFrequencies.map((f) => (
                  <Radio key={f} value={f} label={t.frequency[f]} disabled={p.locked} />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Caption>{t.preferences.caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.preferences.kind}</Table.Th>
                {FREQUENCIES.map((f) => (
                  <Table.Th scope="col" key={f} ta="center">
                    {t.frequency[f]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preferences.map((p) => (
                <Table.Tr key={p.kind}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap="xs">
                      <span>{p.label}</span>
                      {p.locked ? (
                        <Badge variant="light" color="gray" title={t.preferences.lockedHint}>
                          {t.preferences.locked}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Th>
                  {FREQUENCIES.map((f) => {
                    const allowed = p.allowedFrequencies.includes(f);
                    return (
                      <Table.Td key={f} ta="center">
                        {allowed ? (
                          <Radio
                            name={`mail-${p.kind}`}
                            value={f}
                            checked={frequencyOf(p) === f}
                            disabled={p.locked}
                            onChange={() => void change(p, f)}
                            aria-label={t.preferences.option(p.label, t.frequency[f])}
                            styles={{ body: { justifyContent: 'center' } }}
                          />
                        ) : (
                          <Text size="sm" c="dimmed" component="span">
                            –<span className="visually-hidden"> {t.preferences.notAllowed}</span>
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm">{t.preferences.lockedHint}</Text>
      <Text size="sm">{t.preferences.digestHint}</Text>
      {error ? (
        <Alert color="red" role="alert" variant="light">
          {error.message}
        </Alert>
      ) : null}
      <div role="status" aria-live="polite">
        {saved ? (
          <Alert color="green" variant="light">
            {saved}
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}

function OpenPgpKeyForm({ current }: { current: PgpKey | null }) {
  const [armored, setArmored] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [save, { loading: saving }] = useMutation(SetOpenPgpKeyMutation, {
    refetchQueries: [MailSettingsQuery],
    awaitRefetchQueries: true,
  });
  const [remove, { loading: removing }] = useMutation(RemoveOpenPgpKeyMutation, {
    refetchQueries: [MailSettingsQuery],
    awaitRefetchQueries: true,
  });

  const pickFile = async (f: File | null) => {
    setFile(f);
    setError(null);
    if (!f) return;
    try {
      setArmored(await f.text());
    } catch {
      setError({ code: 'BAD_USER_INPUT', message: t.key.fileError, field: 'armoredKey' });
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setStatus(null);
    if (!armored.trim()) {
      setError({ code: 'BAD_USER_INPUT', message: t.key.empty, field: 'armoredKey' });
      return;
    }
    try {
      await save({ variables: { input: { armoredKey: armored } } });
      setArmored('');
      setFile(null);
      setStatus(t.key.saved);
    } catch (err) {
      setError(describeError(err));
    }
  };

  const drop = async () => {
    setError(null);
    setStatus(null);
    try {
      await remove();
      setStatus(t.key.removed);
    } catch (err) {
      setError(describeError(err));
    }
  };

  return (
    <Stack gap="sm">
      <Text>{t.key.intro}</Text>
      {current ? (
        <Stack gap="xs">
          <dl className="facts">
            <dt>{t.key.fingerprint}</dt>
            <dd>
              <code data-testid="pgp-fingerprint">{groupFingerprint(current.fingerprint)}</code>
            </dd>
            <dt>{t.key.userIds}</dt>
            <dd>{current.userIds.join(', ')}</dd>
            <dt>{t.key.stored}</dt>
            <dd>{formatDateTime(current.createdAt)}</dd>
            <dt>{t.key.expires}</dt>
            <dd>{current.expiresAt ? formatDate(current.expiresAt) : t.key.noExpiry}</dd>
          </dl>
          <Group>
            <Button variant="default" color="red" loading={removing} onClick={() => void drop()}>
              {t.key.remove}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text>{t.key.none}</Text>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t.key.paste}
            description={t.key.pasteHint}
            autosize
            minRows={4}
            maxRows={12}
            spellCheck={false}
            styles={{ input: { fontFamily: 'monospace' } }}
            value={armored}
            onChange={(e) => setArmored(e.currentTarget.value)}
            error={error?.field === 'armoredKey' ? error.message : undefined}
          />
          <FileInput
            label={t.key.file}
            placeholder={t.key.filePlaceholder}
            accept=".asc,.txt,.pub,.gpg,application/pgp-keys,text/plain"
            value={file}
            onChange={(f) => void pickFile(f)}
            clearable
          />
          {error && error.field !== 'armoredKey' ? (
            <Alert color="red" role="alert" variant="light">
              {error.message}
            </Alert>
          ) : null}
          <div role="status" aria-live="polite">
            {status ? (
              <Alert color="green" variant="light">
                {status}
              </Alert>
            ) : null}
          </div>
          <Group>
            <Button type="submit" loading={saving}>
              {current ? t.key.replace : t.key.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

export default function MailSettingsPage() {
  const { data, loading, error, refetch } = useQuery(MailSettingsQuery);
  return (
    <Page title={t.title} actions={<AppLink to="/konto">{t.back}</AppLink>}>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!data && loading ? <LoadingState /> : null}
      {data ? (
        <>
          <Section id="mail-arten" title={t.preferences.title}>
            <PreferencesTable preferences={data.myMailPreferences} />
          </Section>
          <Section id="mail-openpgp" title={t.key.title}>
            <OpenPgpKeyForm current={data.myOpenPgpKey ?? null} />
          </Section>
        </>
      ) : null}
    </Page>
  );
}
