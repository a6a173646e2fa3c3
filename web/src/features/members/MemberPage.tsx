import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import {
  memberStatusLabel,
  organisationKindLabel,
  organisationRoleLabel,
  platformRoleLabel,
} from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { TopicList } from '../forums';
import { MemberProfileQuery } from './operations';
import { memberTexts as t } from './texts';

/** A member's profile; e-mail and phone only when the member lets the viewer see them (API). */
export default function MemberPage() {
  const { memberId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MemberProfileQuery, {
    variables: { id: memberId },
  });
  if (error && !data) {
    const code = describeError(error).code;
    return (
      <Page title={code === 'NOT_FOUND' || code === 'FORBIDDEN' ? t.notFoundTitle : t.title}>
        {code === 'NOT_FOUND' || code === 'FORBIDDEN' ? (
          <Alert color="gray" role="alert">
            {t.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        )}
        <AppLink to="/mitglieder">{t.backToDirectory}</AppLink>
      </Page>
    );
  }
  if (!data) return loading ? <LoadingState /> : null;
  const m = data.member;
  const itsMe = m.id === data.me.id;
  return (
    <Page title={m.displayName}>
      <AppLink to="/mitglieder" size="sm">
        {t.backToDirectory}
      </AppLink>
      {itsMe ? (
        <Text>
          {t.itsMe} <AppLink to="/konto">{t.myAccount}</AppLink>
        </Text>
      ) : null}
      <Card withBorder>
        <dl className="facts">
          <dt>{t.organisation}</dt>
          <dd>
            <AppLink to={`/organisationen/${m.organisation.id}`}>{m.organisation.name}</AppLink> (
            {organisationKindLabel(m.organisation.kind)})
          </dd>
          {m.position ? (
            <>
              <dt>{t.position}</dt>
              <dd>{m.position}</dd>
            </>
          ) : null}
          <dt>{t.handle}</dt>
          <dd>@{m.handle}</dd>
          <dt>{t.role}</dt>
          <dd>{organisationRoleLabel(m.organisationRole)}</dd>
          {m.platformRole !== 'USER' ? (
            <>
              <dt>{t.platformRole}</dt>
              <dd>{platformRoleLabel(m.platformRole)}</dd>
            </>
          ) : null}
          {m.status !== 'ACTIVE' ? (
            <>
              <dt>{t.status}</dt>
              <dd>{memberStatusLabel(m.status)}</dd>
            </>
          ) : null}
          <dt>{t.memberSince}</dt>
          <dd>{formatDate(m.createdAt)}</dd>
        </dl>
      </Card>
      <Stack gap="xs" component="section" aria-labelledby="profile-contact">
        <Title order={2} size="h3" id="profile-contact">
          {t.contact}
        </Title>
        {m.email || m.phone ? (
          <dl className="facts">
            {m.email ? (
              <>
                <dt>{t.email}</dt>
                <dd>
                  <Anchor href={`mailto:${m.email}`}>{m.email}</Anchor>
                </dd>
              </>
            ) : null}
            {m.phone ? (
              <>
                <dt>{t.phone}</dt>
                <dd>
                  <Anchor href={`tel:${m.phone.replace(/[^+\d]/g, '')}`}>{m.phone}</Anchor>
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <Text>{t.contactHidden}</Text>
        )}
      </Stack>
      {m.expertiseTags.length ? (
        <Stack gap="xs" component="section" aria-labelledby="profile-expertise">
          <Title order={2} size="h3" id="profile-expertise">
            {t.expertise}
          </Title>
          <Group gap={6} wrap="wrap">
            {m.expertiseTags.map((tag) => (
              <Badge key={tag} color="gray.9" variant="outline" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
      ) : null}
      {m.bio ? (
        <Stack gap="xs" component="section" aria-labelledby="profile-bio">
          <Title order={2} size="h3" id="profile-bio">
            {t.about}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{m.bio}</Text>
        </Stack>
      ) : null}
      <Stack gap="xs" component="section" aria-labelledby="profile-topics">
        <Title order={2} size="h3" id="profile-topics">
          {t.topics}
        </Title>
        <TopicList authorId={m.id} label={t.topics} />
      </Stack>
    </Page>
  );
}
