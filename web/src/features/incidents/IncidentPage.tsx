import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AffectedSituation, IncidentStatus, TimelineEntryType } from '../../gql/enums';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import {
  affectedReasonLabel,
  affectedSituationLabel,
  incidentStatusLabel,
  participantReasonLabel,
  serviceKindLabel,
  timelineEntryTypeLabel,
} from '../../lib/labels';
import { useSocketEvent } from '../../lib/socket-context';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { INCIDENT_STATUSES } from './filters';
import { IncidentBadges } from './IncidentBadges';
import { IncidentSubNav } from './IncidentSubNav';
import {
  AddIncidentTimelineEntryMutation,
  AnswerIncidentSituationMutation,
  IncidentAffectedQuery,
  IncidentParticipantsQuery,
  IncidentQuery,
  IncidentTimelineQuery,
  UpdateIncidentStatusMutation,
} from './operations';
import { incidentTexts as t } from './texts';
import './incidents.css';

const LIST_SIZE = 100;

/** The incident: header with status change, affected organisations and answers, participants, timeline. */
export default function IncidentPage() {
  const { incidentId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IncidentQuery, {
    variables: { id: incidentId },
  });
  const onLive = useCallback(() => {
    void refetch();
  }, [refetch]);
  useSocketEvent('notification', onLive);
  const incident = data?.incident;
  if (!incident)
    return (
      <Page title={t.listTitle}>
        {error ? (
          <ErrorAlert
            error={error}
            overrides={{ NOT_FOUND: t.notFound }}
            onRetry={() => void refetch()}
          />
        ) : null}
        {loading ? <LoadingState /> : null}
      </Page>
    );
  return (
    <Page
      title={incident.title}
      actions={
        <Button
          component={Link}
          to={`/chat/${encodeURIComponent(incident.channelId)}`}
          variant="default"
        >
          {t.toRoom}
        </Button>
      }
    >
      <IncidentSubNav incidentId={incident.id} />
      <Stack gap="xs">
        <IncidentBadges
          kind={incident.kind}
          severity={incident.severity}
          tlp={incident.tlp}
          status={incident.status}
        />
        <Text size="sm">
          {`${t.reporter}: ${incident.reporter?.displayName ?? '–'} (${incident.organisation.name}) · ${t.reportedAt} ${formatDateTime(incident.createdAt)}`}
          {incident.closedAt ? ` · ${t.closedAt} ${formatDateTime(incident.closedAt)}` : ''}
        </Text>
        <Text className="incident-description" maw={820}>
          {incident.description}
        </Text>
      </Stack>
      {incident.canManage ? <StatusForm incidentId={incident.id} status={incident.status} /> : null}
      <AffectedSection
        incidentId={incident.id}
        summary={incident.answerSummary}
        mine={incident.myAffectedOrganisation ?? null}
        onAnswered={() => void refetch()}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <TimelineSection incidentId={incident.id} />
        <ParticipantsSection incidentId={incident.id} />
      </SimpleGrid>
    </Page>
  );
}

function StatusForm({ incidentId, status }: { incidentId: string; status: IncidentStatus }) {
  const [update, state] = useMutation(UpdateIncidentStatusMutation, {
    refetchQueries: [IncidentQuery, IncidentTimelineQuery],
  });
  const options = INCIDENT_STATUSES.filter((s) => s !== status);
  const [next, setNext] = useState<IncidentStatus>(options[0]);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const target = options.includes(next) ? next : options[0];
  return (
    <Card withBorder component="section" aria-labelledby="incident-status-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          void update({ variables: { id: incidentId, status: target, note: note.trim() || null } })
            .then(() => {
              setNote('');
              setSaved(true);
            })
            .catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="incident-status-title">
            {t.changeStatus}
          </Title>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t.newStatus}
              value={target}
              onChange={(e) => setNext(e.currentTarget.value as IncidentStatus)}
              data={options.map((s) => ({ value: s, label: incidentStatusLabel(s) }))}
            />
            <TextInput
              label={t.statusNote}
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.currentTarget.value)}
              style={{ flex: '1 1 260px' }}
            />
            <Button type="submit" loading={state.loading}>
              {status === 'CLOSED' ? t.reopen : t.saveStatus}
            </Button>
          </Group>
          {state.error ? <ErrorAlert error={state.error} /> : null}
          <Text size="sm" role="status">
            {saved ? t.statusSaved : ''}
          </Text>
        </Stack>
      </form>
    </Card>
  );
}

function AffectedSection({
  incidentId,
  summary,
  mine,
  onAnswered,
}: {
  incidentId: string;
  summary: { affected: number; answered: number; affectedConfirmed: number };
  mine: {
    situation?: AffectedSituation | null;
    note?: string | null;
    consentToProvider: boolean;
  } | null;
  onAnswered: () => void;
}) {
  const { data, loading, error, refetch } = useQuery(IncidentAffectedQuery, {
    variables: { id: incidentId, first: LIST_SIZE },
  });
  const list = data?.incident.affectedOrganisations;
  return (
    <Card withBorder component="section" aria-labelledby="incident-affected-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="incident-affected-title">
          {t.affectedTitle}
        </Title>
        <Text>{t.answered(summary.answered, summary.affected, summary.affectedConfirmed)}</Text>
        {mine ? (
          <AnswerForm
            incidentId={incidentId}
            mine={mine}
            onSaved={() => {
              void refetch();
              onAnswered();
            }}
          />
        ) : null}
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!list && loading ? <LoadingState /> : null}
        {list ? (
          <ul className="plain-list incident-rows" aria-label={t.affectedTitle}>
            {list.nodes.map((a) => (
              <li key={a.organisationId}>
                <Text fw={700}>{a.organisationName}</Text>
                <Text size="sm">
                  {affectedReasonLabel(a.reason)}
                  {a.services.length
                    ? ` · ${t.services}: ${a.services.map(serviceKindLabel).join(', ')}`
                    : ''}
                </Text>
                <Text size="sm">
                  <strong>{a.situation ? affectedSituationLabel(a.situation) : t.noAnswer}</strong>
                  {a.answeredBy && a.answeredAt
                    ? ` (${t.answeredBy(a.answeredBy.displayName, formatDateTime(a.answeredAt))})`
                    : ''}
                  {a.note ? ` – ${a.note}` : ''}
                </Text>
              </li>
            ))}
          </ul>
        ) : null}
      </Stack>
    </Card>
  );
}

function AnswerForm({
  incidentId,
  mine,
  onSaved,
}: {
  incidentId: string;
  mine: { situation?: AffectedSituation | null; note?: string | null; consentToProvider: boolean };
  onSaved: () => void;
}) {
  const [answer, state] = useMutation(AnswerIncidentSituationMutation, {
    refetchQueries: [IncidentTimelineQuery, IncidentParticipantsQuery],
  });
  const [situation, setSituation] = useState<AffectedSituation | ''>(mine.situation ?? '');
  const [note, setNote] = useState(mine.note ?? '');
  const [consent, setConsent] = useState(mine.consentToProvider);
  const [saved, setSaved] = useState(false);
  return (
    <form
      aria-labelledby="incident-answer-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!situation) return;
        setSaved(false);
        void answer({
          variables: {
            id: incidentId,
            input: { situation, note: note.trim() || null, consentToProvider: consent },
          },
        })
          .then(() => {
            setSaved(true);
            onSaved();
          })
          .catch(() => undefined);
      }}
    >
      <Stack gap="sm" maw={820}>
        <Title order={3} size="h4" id="incident-answer-title">
          {t.myAnswerTitle}
        </Title>
        <Text size="sm">{t.myAnswerIntro}</Text>
        <Radio.Group
          label={t.situation}
          required
          value={situation}
          onChange={(v) => setSituation(v)}
        >
          <Group gap="md" mt="xs">
            {(['AFFECTED', 'NOT_AFFECTED', 'UNCLEAR'] as const).map((s) => (
              <Radio key={s} value={s} label={affectedSituationLabel(s)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput
          label={t.note}
          value={note}
          maxLength={2000}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Checkbox
          label={t.consentLater}
          checked={consent}
          onChange={(e) => setConsent(e.currentTarget.checked)}
        />
        {state.error ? <ErrorAlert error={state.error} /> : null}
        <Group gap="sm">
          <Button type="submit" loading={state.loading} disabled={!situation}>
            {t.saveAnswer}
          </Button>
          <Text size="sm" role="status">
            {saved ? t.answerSaved : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

function ParticipantsSection({ incidentId }: { incidentId: string }) {
  const { data, loading, error, refetch } = useQuery(IncidentParticipantsQuery, {
    variables: { id: incidentId, first: LIST_SIZE },
  });
  const list = data?.incident.participants;
  return (
    <Card withBorder component="section" aria-labelledby="incident-participants-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="incident-participants-title">
          {t.participantsTitle}
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!list && loading ? <LoadingState /> : null}
        {list ? (
          <>
            <Text size="sm">{t.participantCount(list.totalCount)}</Text>
            <ul className="plain-list incident-rows" aria-label={t.participantsTitle}>
              {list.nodes.map((p) => (
                <li key={p.memberId}>
                  <Text>
                    {p.member?.displayName ?? '–'}
                    {p.member ? ` (${p.member.organisation.name})` : ''}
                  </Text>
                  <Text size="sm">{participantReasonLabel(p.reason)}</Text>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Stack>
    </Card>
  );
}

const MANUAL_TYPES: TimelineEntryType[] = [
  'OBSERVATION',
  'MEASURE',
  'DECISION',
  'CONTACT',
  'REPORTING_OBLIGATION',
];

function TimelineSection({ incidentId }: { incidentId: string }) {
  const { data, loading, error, refetch } = useQuery(IncidentTimelineQuery, {
    variables: { id: incidentId, first: LIST_SIZE },
  });
  const [add, state] = useMutation(AddIncidentTimelineEntryMutation, {
    refetchQueries: [IncidentTimelineQuery],
  });
  const [type, setType] = useState<TimelineEntryType>('OBSERVATION');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | undefined>();
  const list = data?.incident.timeline;
  const serverField = state.error ? describeError(state.error).field : undefined;
  return (
    <Card withBorder component="section" aria-labelledby="incident-timeline-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="incident-timeline-title">
          {t.timelineTitle}
        </Title>
        {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
        {!list && loading ? <LoadingState /> : null}
        {list && !list.nodes.length ? <EmptyState>{t.timelineEmpty}</EmptyState> : null}
        {list && list.nodes.length ? (
          <ol className="plain-list incident-rows" aria-label={t.timelineTitle}>
            {list.nodes.map((e) => (
              <li key={e.id}>
                <Text size="sm">
                  <time dateTime={e.createdAt}>{formatDateTime(e.createdAt)}</time>
                  {` · ${timelineEntryTypeLabel(e.type)} · ${e.actor?.displayName ?? t.platform}`}
                </Text>
                {e.refersToId ? <Text size="sm">{t.correctionOf}</Text> : null}
                <Text className="incident-description">{e.text}</Text>
              </li>
            ))}
          </ol>
        ) : null}
        <form
          noValidate
          aria-labelledby="incident-entry-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) {
              setTextError(t.entryTextRequired);
              return;
            }
            setTextError(undefined);
            void add({ variables: { id: incidentId, input: { type, text: text.trim() } } })
              .then(() => setText(''))
              .catch((err: unknown) => {
                const info = describeError(err);
                if (info.field === 'text') setTextError(info.message);
              });
          }}
        >
          <Stack gap="sm">
            <Title order={3} size="h4" id="incident-entry-title">
              {t.addEntry}
            </Title>
            <NativeSelect
              label={t.entryType}
              value={type}
              onChange={(e) => setType(e.currentTarget.value as TimelineEntryType)}
              data={MANUAL_TYPES.map((v) => ({ value: v, label: timelineEntryTypeLabel(v) }))}
            />
            <Textarea
              label={t.entryText}
              required
              autosize
              minRows={2}
              maxLength={4000}
              value={text}
              error={textError}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            {state.error && serverField !== 'text' ? <ErrorAlert error={state.error} /> : null}
            <Button type="submit" loading={state.loading} w="fit-content">
              {t.saveEntry}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
