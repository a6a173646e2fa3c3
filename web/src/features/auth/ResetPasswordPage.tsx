import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { useGraphqlMutation } from '../../lib/graphql-request';
import { passwordAcceptable } from '../../lib/password-rules';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { PasswordRules } from '../../ui/PasswordRules';
import { ResetPasswordMutation } from './operations';
import { authTexts } from './texts';

const t = authTexts.resetPassword;

/**
 * The reset link is /passwort-zuruecksetzen#token=... (the fragment never reaches a server log);
 * `?token=` is accepted too.
 */
function tokenFrom(hash: string, search: string): string | null {
  const token =
    new URLSearchParams(hash.replace(/^#/, '')).get('token') ??
    new URLSearchParams(search).get('token');
  return token && token.length <= 200 ? token : null;
}

export default function ResetPasswordPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const token = useMemo(
    () => tokenFrom(location.hash, location.search),
    [location.hash, location.search],
  );
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [reset, { loading }] = useGraphqlMutation(ResetPasswordMutation);
  const doneRef = useRef<HTMLDivElement>(null);

  if (done) {
    return (
      <Page title={t.doneTitle}>
        <div ref={doneRef} tabIndex={-1}>
          <Alert color="green" variant="light" role="status">
            <Text size="sm">{t.done}</Text>
          </Alert>
        </div>
        <AppLink to="/anmeldung">{t.toLogin}</AppLink>
      </Page>
    );
  }

  if (!token) {
    return (
      <Page title={t.title}>
        <Alert color="orange" role="alert" variant="light">
          {t.missingToken}
        </Alert>
        <AppLink to="/passwort-vergessen">{t.requestNew}</AppLink>
      </Page>
    );
  }

  const mismatch = touched && repeat !== password;
  const invalidLink = error?.field === 'token';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (!passwordAcceptable(password) || repeat !== password) return;
    try {
      await reset({ input: { token, newPassword: password } });
      setDone(true);
      // The token is spent: drop it from the address bar and history.
      void navigate('/passwort-zuruecksetzen', { replace: true });
      setTimeout(() => doneRef.current?.focus(), 0);
    } catch (err) {
      setError(describeError(err));
    }
  };

  return (
    <Page title={t.title}>
      <Text>{t.intro}</Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <PasswordInput
            label={t.password}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            aria-describedby="passwort-regeln"
            error={
              error?.field === 'newPassword'
                ? error.message
                : touched && !passwordAcceptable(password)
                  ? t.passwordWeak
                  : undefined
            }
          />
          <PasswordRules password={password} id="passwort-regeln" />
          <PasswordInput
            label={t.passwordRepeat}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={mismatch ? t.mismatch : undefined}
          />
          {invalidLink ? (
            <Alert color="red" role="alert" variant="light">
              <Text size="sm">{t.invalid}</Text>
              <AppLink to="/passwort-vergessen" size="sm">
                {t.requestNew}
              </AppLink>
            </Alert>
          ) : error && error.field !== 'newPassword' ? (
            <Alert color="red" role="alert" variant="light">
              {error.message}
            </Alert>
          ) : null}
          <Button type="submit" loading={loading}>
            {t.submit}
          </Button>
        </Stack>
      </form>
    </Page>
  );
}
