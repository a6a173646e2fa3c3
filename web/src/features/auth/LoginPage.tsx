import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { describeError, type AppErrorInfo } from '../../lib/errors';
import { useGraphqlMutation } from '../../lib/graphql-request';
import { session } from '../../lib/session';
import { useSession } from '../../lib/use-session';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { LoginMutation } from './operations';
import { authTexts } from './texts';

const t = authTexts.login;

/** Only in-app paths as a target after sign-in (no open redirect). */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default function LoginPage() {
  const s = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('weiter'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [login, { loading }] = useGraphqlMutation(LoginMutation);
  const codeRef = useRef<HTMLInputElement>(null);
  // The reason is read once: signing in clears it.
  const [endReason] = useState(s.endReason);

  useEffect(() => {
    if (step === 'totp') codeRef.current?.focus();
  }, [step, useRecovery]);

  if (s.status === 'signed-in') return <Navigate to={next} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const totp = step === 'totp' && !useRecovery ? code.replace(/\s/g, '') : null;
      const recovery = step === 'totp' && useRecovery ? code.trim() : null;
      const data = await login({
        input: { email: email.trim(), password, totpCode: totp, recoveryCode: recovery },
      });
      const p = data.login;
      session.signedIn({
        accessToken: p.accessToken,
        accessTokenExpiresAt: p.accessTokenExpiresAt,
        totpSetupRequired: p.totpSetupRequired,
        memberId: p.member.id,
      });
      void navigate(p.totpSetupRequired ? '/zwei-faktor' : next, { replace: true });
    } catch (err) {
      const info = describeError(err);
      if (info.code === 'BAD_USER_INPUT' && info.field === 'totpCode' && step === 'password') {
        setStep('totp');
        return;
      }
      setError(info);
    }
  };

  return (
    <Page title={step === 'password' ? t.title : t.totpTitle}>
      {endReason === 'ended' && step === 'password' ? (
        <Alert color="orange" title={t.endedTitle} role="alert" variant="light">
          {t.ended}
        </Alert>
      ) : null}
      {endReason === 'signed-out' && step === 'password' ? (
        <Alert color="blue" role="status" variant="light">
          {t.signedOut}
        </Alert>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {step === 'password' ? (
            <>
              <Text>{t.intro}</Text>
              <TextInput
                label={t.email}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                data-autofocus
                // The page has one task and nothing before the form to read: the first field takes
                // the focus, as sign-in forms are expected to (the heading stays the page's h1).
                // eslint-disable-next-line jsx-a11y-x/no-autofocus -- see above
                autoFocus
              />
              <PasswordInput
                label={t.password}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
            </>
          ) : (
            <>
              <Text>{useRecovery ? t.recoveryDescription : t.totpIntro}</Text>
              <TextInput
                ref={codeRef}
                label={useRecovery ? t.recoveryCode : t.totpCode}
                description={useRecovery ? undefined : t.totpDescription}
                inputMode={useRecovery ? 'text' : 'numeric'}
                autoComplete="one-time-code"
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  setUseRecovery((v) => !v);
                  setCode('');
                  setError(null);
                }}
              >
                {useRecovery ? t.useTotp : t.useRecovery}
              </Anchor>
            </>
          )}
          {error ? (
            <Alert color="red" role="alert" variant="light">
              <Text size="sm">{error.message}</Text>
              {error.code === 'RATE_LIMITED' ? (
                <Text size="sm" mt="xs">
                  {t.rateLimitedHint}
                </Text>
              ) : null}
            </Alert>
          ) : null}
          <Button type="submit" loading={loading} fullWidth>
            {step === 'password' ? t.submit : t.confirm}
          </Button>
          {step === 'totp' ? (
            <Button
              variant="subtle"
              onClick={() => {
                setStep('password');
                setCode('');
                setError(null);
              }}
            >
              {t.back}
            </Button>
          ) : (
            <>
              <AppLink to="/passwort-vergessen" size="sm">
                {t.forgotPassword}
              </AppLink>
              <Text size="sm">{t.noAccount}</Text>
            </>
          )}
        </Stack>
      </form>
    </Page>
  );
}
