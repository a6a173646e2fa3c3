import { useQuery } from '@apollo/client/react';
import { Alert, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AdminMeQuery as AdminMeQueryType } from '../../gql/graphql';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { AdminMeQuery } from './operations';
import { adminTexts as t } from './texts';

export type AdminMe = AdminMeQueryType['me'];

export const isPlatformAdmin = (me: Pick<AdminMe, 'platformRole'>) => me.platformRole === 'ADMIN';
export const isOrgAdmin = (me: Pick<AdminMe, 'organisationRole'>) =>
  me.organisationRole === 'ORG_ADMIN';

/** The page a member sees on an administration URL their roles do not cover. */
export function ForbiddenPage() {
  return (
    <Page title={t.forbiddenTitle}>
      <Stack gap="md" align="flex-start">
        <Alert color="gray" role="alert">
          {t.forbiddenText}
        </Alert>
        <AppLink to="/">{t.toHome}</AppLink>
      </Stack>
    </Page>
  );
}

/**
 * Renders an administration page only for those who may use it: ADMINs, and ORG_ADMINs unless the
 * page is `adminOnly`. Hiding is a convenience; every operation is checked by the server again.
 */
export function AdminGate({
  adminOnly = false,
  children,
}: {
  adminOnly?: boolean;
  children: (me: AdminMe) => ReactNode;
}) {
  const { data, error, refetch } = useQuery(AdminMeQuery);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  const me = data.me;
  const allowed = isPlatformAdmin(me) || (!adminOnly && isOrgAdmin(me));
  return allowed ? <>{children(me)}</> : <ForbiddenPage />;
}
