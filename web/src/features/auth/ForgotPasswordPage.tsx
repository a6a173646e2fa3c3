import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { useGraphqlMutation } from '../../lib/graphql-request';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { RequestPasswordResetMutation } from './operations';
import { authTexts } from './texts';

const t = authTexts.forgotPassword;

/** Asks for a reset link. The answer is the same for every address (the server's too). */
export default function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [request, { loading }] = useGraphqlMutation(RequestPasswordResetMutation);
  const sentRef = useRef<HTMLDivElement>(null);
  const invalid = touched && !/^[^\s@]+@[^\s@]+$/.test(email.trim());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) return;
    try {
      await request({ input: { email: email.trim() } });
      setSent(true);
      // Screen readers and keyboard users land on the confirmation.
      setTimeout(() => sentRef.current?.focus(), 0);
    } catch (err) {
      setError(describeError(err));
    }
  };

  if (sent) {
    return (
      <Page title={t.sentTitle}>
        <div ref={sentRef} tabIndex={-1}>
          <Alert color="green" variant="light" role="status">
            <Text size="sm">{t.sent}</Text>
          </Alert>
        </div>
        <Text size="sm">{t.noMail}</Text>
        <Stack gap="xs" align="flex-start">
          <Button variant="default" onClick={() => setSent(false)}>
            {t.again}
          </Button>
          <AppLink to="/anmeldung">{t.backToLogin}</AppLink>
        </Stack>
      </Page>
    );
  }

  return (
    <Page title={t.title}>
      <Text>{t.intro}</Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t.email}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={invalid ? t.invalidEmail : undefined}
          />
          {error ? (
            <Alert color="red" role="alert" variant="light">
              {error.message}
            </Alert>
          ) : null}
          <Button type="submit" loading={loading} fullWidth>
            {t.submit}
          </Button>
          <AppLink to="/anmeldung" size="sm">
            {t.backToLogin}
          </AppLink>
        </Stack>
      </form>
    </Page>
  );
}
