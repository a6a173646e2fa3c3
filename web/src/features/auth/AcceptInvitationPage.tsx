import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { useGraphqlMutation } from '../../lib/graphql-request';
import { session } from '../../lib/session';
import { Page } from '../../ui/Page';
import { AcceptInvitationMutation } from './operations';
import { passwordAcceptable } from '../../lib/password-rules';
import { PasswordRules } from '../../ui/PasswordRules';
import { authTexts } from './texts';

const t = authTexts.invitation;

/** The invitation link is /einladung#token=...: the fragment never reaches a server log. */
function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.length <= 200 ? token : null;
}

export default function AcceptInvitationPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const token = useMemo(() => tokenFromHash(location.hash), [location.hash]);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [handle, setHandle] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [accept, { loading }] = useGraphqlMutation(AcceptInvitationMutation);

  if (!token) {
    return (
      <Page title={t.title}>
        <Alert color="orange" role="alert" variant="light">
          {t.missingToken}
        </Alert>
      </Page>
    );
  }

  const mismatch = touched && repeat !== password;
  const fieldError = (field: string) => (error?.field === field ? error.message : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setError(null);
    if (!passwordAcceptable(password) || repeat !== password) return;
    try {
      const data = await accept({
        input: {
          token,
          password,
          displayName: displayName.trim() || null,
          handle: handle.trim() || null,
        },
      });
      const p = data.acceptInvitation;
      session.signedIn({
        accessToken: p.accessToken,
        accessTokenExpiresAt: p.accessTokenExpiresAt,
        totpSetupRequired: p.totpSetupRequired,
        memberId: p.member.id,
      });
      // The token is spent: drop it from the address bar and history.
      void navigate('/zwei-faktor', { replace: true });
    } catch (err) {
      const info = describeError(err);
      setError(info.field === 'token' ? { ...info, message: t.invalid } : info);
    }
  };

  const generalError = error && !['password', 'handle', 'displayName'].includes(error.field ?? '');

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
              fieldError('password') ??
              (touched && !passwordAcceptable(password) ? t.passwordWeak : undefined)
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
          <TextInput
            label={t.displayName}
            description={t.displayNameDescription}
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={fieldError('displayName')}
          />
          <TextInput
            label={t.handle}
            description={t.handleDescription}
            autoComplete="off"
            value={handle}
            onChange={(e) => setHandle(e.currentTarget.value)}
            error={fieldError('handle')}
          />
          {generalError ? (
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
