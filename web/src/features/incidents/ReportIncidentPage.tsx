import { useMutation } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { IncidentKind, IncidentSeverity, TlpLabel } from '../../gql/enums';
import { describeError } from '../../lib/errors';
import { incidentKindLabel, incidentSeverityLabel, tlpLabel } from '../../lib/labels';
import { Page } from '../../ui/Page';
import { ErrorAlert } from '../../ui/States';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from './filters';
import { IncidentListQuery, ReportIncidentMutation } from './operations';
import { incidentTexts as t } from './texts';

const TLPS: TlpLabel[] = ['RED', 'AMBER_STRICT', 'AMBER', 'GREEN', 'CLEAR'];
type Field = 'title' | 'description';

/** Vorfall melden: kind, severity, label, title, description and the consent for the IT providers. */
export default function ReportIncidentPage() {
  const navigate = useNavigate();
  const [reportIncident, state] = useMutation(ReportIncidentMutation, {
    refetchQueries: [IncidentListQuery],
  });
  const [kind, setKind] = useState<IncidentKind>('OUTAGE');
  const [severity, setSeverity] = useState<IncidentSeverity>('HIGH');
  const [tlp, setTlp] = useState<TlpLabel>('RED');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const serverField = state.error ? describeError(state.error).field : undefined;

  const submit = async () => {
    const next: typeof errors = {};
    if (title.trim().length < 3) next.title = t.titleRequired;
    if (!description.trim()) next.description = t.descriptionRequired;
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      const res = await reportIncident({
        variables: {
          input: {
            kind,
            severity,
            tlp,
            title: title.trim(),
            description: description.trim(),
            consentToProvider: consent,
          },
        },
      });
      if (res.data) void navigate(`/vorfaelle/${res.data.reportIncident.id}`);
    } catch (e) {
      const info = describeError(e);
      if (info.field === 'title' || info.field === 'description')
        setErrors({ [info.field]: info.message });
    }
  };

  return (
    <Page title={t.reportTitle}>
      <Text maw={820}>{t.reportIntro}</Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md" maw={820}>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NativeSelect
              label={t.kind}
              required
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as IncidentKind)}
              data={INCIDENT_KINDS.map((k) => ({ value: k, label: incidentKindLabel(k) }))}
            />
            <NativeSelect
              label={t.severity}
              required
              value={severity}
              onChange={(e) => setSeverity(e.currentTarget.value as IncidentSeverity)}
              data={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: incidentSeverityLabel(s) }))}
            />
            <NativeSelect
              label={t.tlp}
              description={t.tlpHint}
              required
              value={tlp}
              onChange={(e) => setTlp(e.currentTarget.value as TlpLabel)}
              data={TLPS.map((l) => ({ value: l, label: tlpLabel(l) }))}
              maw={360}
            />
          </Group>
          <TextInput
            label={t.title}
            required
            value={title}
            error={errors.title}
            maxLength={200}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Textarea
            label={t.description}
            description={t.descriptionHint}
            required
            autosize
            minRows={5}
            maxLength={4000}
            value={description}
            error={errors.description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <Checkbox
            label={t.consent}
            checked={consent}
            onChange={(e) => setConsent(e.currentTarget.checked)}
          />
          {state.error && !serverField ? <ErrorAlert error={state.error} /> : null}
          <Button type="submit" loading={state.loading} w="fit-content">
            {t.submitReport}
          </Button>
        </Stack>
      </form>
    </Page>
  );
}
