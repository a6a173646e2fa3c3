import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { useGraphqlMutation } from '../../lib/graphql-request';
import type { StartTotpEnrolmentMutation } from '../../gql/graphql';
import { session } from '../../lib/session';
import { useSession } from '../../lib/use-session';
import { Page } from '../../ui/Page';
import { QrCode } from '../../ui/QrCode';
import { ConfirmTotpMutation, StartTotpMutation } from './operations';
import { authTexts } from './texts';

const t = authTexts.totp;

/**
 * TOTP enrolment: QR code (and the secret for manual entry), the first code to confirm, then the
 * recovery codes to save. Reached after accepting an invitation, when the role requires TOTP, and
 * from Mein Konto.
 */
export default function TotpSetupPage() {
  const s = useSession();
  const navigate = useNavigate();
  const required = s.totpSetupRequired;
  const [start, started] = useGraphqlMutation(StartTotpMutation);
  const [confirm, confirmed] = useGraphqlMutation(ConfirmTotpMutation);
  const [enrolment, setEnrolment] = useState<
    StartTotpEnrolmentMutation['startTotpEnrolment'] | null
  >(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);

  const begin = async () => {
    setError(null);
    try {
      setEnrolment((await start()).startTotpEnrolment);
    } catch (err) {
      setError(describeError(err, { CONFLICT: t.alreadyEnabled }));
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const data = await confirm({ code: code.replace(/\s/g, '') });
      session.totpEnrolled();
      setRecoveryCodes(data.confirmTotpEnrolment);
    } catch (err) {
      setError(describeError(err));
    }
  };

  if (recoveryCodes) {
    const text = `${t.fileHeader}\n\n${recoveryCodes.join('\n')}\n`;
    const href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    return (
      <Page title={t.doneTitle}>
        <Text>{t.recoveryIntro}</Text>
        <ol className="recovery-codes" aria-label={t.recoveryListLabel}>
          {recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <Group gap="sm">
          <CopyButton value={recoveryCodes.join('\n')}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? t.copied : t.copy}
              </Button>
            )}
          </CopyButton>
          <Button
            component="a"
            variant="default"
            href={href}
            download="sicherheitsnetz-wiederherstellungscodes.txt"
          >
            {t.download}
          </Button>
        </Group>
        <Checkbox
          label={t.savedCheck}
          checked={saved}
          onChange={(e) => setSaved(e.currentTarget.checked)}
        />
        <Button disabled={!saved} onClick={() => void navigate('/', { replace: true })}>
          {t.continue}
        </Button>
      </Page>
    );
  }

  return (
    <Page title={t.title}>
      <Text>{required ? t.requiredIntro : t.optionalIntro}</Text>
      {error ? (
        <Alert color="red" role="alert" variant="light">
          {error.message}
        </Alert>
      ) : null}
      {!enrolment ? (
        <Group gap="sm">
          <Button onClick={() => void begin()} loading={started.loading}>
            {t.start}
          </Button>
          {!required ? (
            <Button variant="default" onClick={() => void navigate('/', { replace: true })}>
              {t.skip}
            </Button>
          ) : null}
        </Group>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <Text>{t.step1}</Text>
            <QrCode value={enrolment.otpauthUri} />
            <Text size="sm">{t.manual}</Text>
            <Code block aria-label={t.secretLabel} data-testid="totp-secret">
              {enrolment.secret}
            </Code>
            <Text>{t.step2}</Text>
            <TextInput
              label={t.code}
              inputMode="numeric"
              autoComplete="one-time-code"
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <Button type="submit" loading={confirmed.loading}>
              {t.confirm}
            </Button>
          </Stack>
        </form>
      )}
    </Page>
  );
}
