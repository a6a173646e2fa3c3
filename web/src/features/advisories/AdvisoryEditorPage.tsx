import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { AdvisorySeverity, TlpLabel } from '../../gql/enums';
import { describeError } from '../../lib/errors';
import { advisorySeverityLabel, tlpLabel } from '../../lib/labels';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { CvssField } from './CvssField';
import {
  contentInput,
  emptyProduct,
  parseCves,
  type EditorState,
  type ProductRow,
} from './editor-form';
import { MarkdownField } from './MarkdownField';
import { AdvisoryNotFound } from './NotFound';
import {
  AdvisoryDetailQuery,
  AdvisoryViewerQuery,
  CreateAdvisoryMutation,
  UpdateAdvisoryMutation,
} from './operations';
import { TLP_ORDER, tlpAudience } from './tlp';
import { advisoryTexts as t } from './texts';
import './advisories.css';

const SEVERITIES: AdvisorySeverity[] = ['NIEDRIG', 'MITTEL', 'HOCH', 'KRITISCH'];

const NEW: EditorState = {
  title: '',
  trackingId: '',
  tlp: 'AMBER',
  severity: 'MITTEL',
  summary: '',
  bodyMarkdown: '',
  remediation: '',
  cves: '',
  cvssVector: '',
  products: [emptyProduct()],
  references: '',
};

/** A new draft (/warnungen/neu) or an existing one (/warnungen/:id/bearbeiten). */
export default function AdvisoryEditorPage() {
  const { id } = useParams();
  const viewer = useQuery(AdvisoryViewerQuery, { skip: !!id });
  const existing = useQuery(AdvisoryDetailQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  if (id) {
    if (existing.error && !existing.data)
      return <AdvisoryNotFound error={existing.error} onRetry={() => void existing.refetch()} />;
    const a = existing.data?.advisory;
    if (!a) return <LoadingState />;
    if (!a.canManage || a.status !== 'DRAFT')
      return (
        <Page title={t.editTitle(a.title)}>
          <Alert color="gray">{a.canManage ? t.notDraft : t.certOnly}</Alert>
          <AppLink to={`/warnungen/${a.id}`}>{a.title}</AppLink>
        </Page>
      );
    return (
      <EditorForm
        id={a.id}
        initial={{
          title: a.title,
          trackingId: a.trackingId,
          tlp: a.tlp,
          severity: a.severity,
          summary: a.summary,
          bodyMarkdown: a.bodyMarkdown,
          remediation: a.remediation ?? '',
          cves: a.cves.join('\n'),
          cvssVector: a.cvssVector ?? '',
          products: a.products.length
            ? a.products.map((p) => ({
                vendor: p.vendor,
                product: p.product,
                version: p.version ?? '',
                cpe: p.cpe ?? '',
                purl: p.purl ?? '',
              }))
            : [emptyProduct()],
          references: a.references
            .map((r) => `${r.url}${r.summary ? ` ${r.summary}` : ''}`)
            .join('\n'),
        }}
      />
    );
  }
  if (!viewer.data) return <LoadingState />;
  if (viewer.data.me.organisation.kind !== 'CERT')
    return (
      <Page title={t.newTitle}>
        <Alert color="gray">{t.certOnly}</Alert>
      </Page>
    );
  return <EditorForm id={null} initial={NEW} />;
}

function EditorForm({ id, initial }: { id: string | null; initial: EditorState }) {
  const navigate = useNavigate();
  const [s, setS] = useState<EditorState>(initial);
  const [hints, setHints] = useState<Partial<Record<keyof EditorState, string>>>({});
  const [notice, setNotice] = useState('');
  const [create, creating] = useMutation(CreateAdvisoryMutation);
  const [update, updating] = useMutation(UpdateAdvisoryMutation, {
    refetchQueries: id ? [{ query: AdvisoryDetailQuery, variables: { id } }] : [],
  });
  const error = creating.error ?? updating.error;
  const info = error ? describeError(error) : null;
  const fieldError = (field: keyof EditorState) =>
    hints[field] ?? (info?.field?.split('.')[0] === field ? info.message : undefined);
  const set = <K extends keyof EditorState>(key: K, value: EditorState[K]) =>
    setS((prev) => ({ ...prev, [key]: value }));
  const setProduct = (i: number, patch: Partial<ProductRow>) =>
    set(
      'products',
      s.products.map((p, j) => (j === i ? { ...p, ...patch } : p)),
    );

  const submit = async () => {
    setNotice('');
    const next: typeof hints = {};
    if (s.title.trim().length < 3) next.title = t.titleRequired;
    const { invalid } = parseCves(s.cves);
    if (invalid.length) next.cves = t.cvesInvalid(invalid.slice(0, 3).join(', '));
    setHints(next);
    if (Object.keys(next).length) return;
    try {
      if (id) {
        await update({ variables: { id, input: contentInput(s) } });
        setNotice(t.saved);
      } else {
        const r = await create({
          variables: {
            input: { ...contentInput(s), tlp: s.tlp, trackingId: s.trackingId.trim() || null },
          },
        });
        if (r.data) void navigate(`/warnungen/${r.data.createAdvisory.id}`);
      }
    } catch {
      // shown by the error state below
    }
  };

  return (
    <Page title={id ? t.editTitle(initial.title) : t.newTitle}>
      <AppLink to={id ? `/warnungen/${id}` : '/warnungen'} size="sm">
        {id ? initial.title : t.backToList}
      </AppLink>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md" maw={900}>
          <TextInput
            label={t.titleLabel}
            required
            value={s.title}
            maxLength={300}
            error={fieldError('title')}
            onChange={(e) => set('title', e.currentTarget.value)}
          />
          {id ? (
            <Text size="sm">{t.tlpEditHint}</Text>
          ) : (
            <Group gap="md" align="flex-start" wrap="wrap">
              <NativeSelect
                label={t.tlpLabel}
                value={s.tlp}
                description={tlpAudience(s.tlp)}
                maw={420}
                onChange={(e) => set('tlp', e.currentTarget.value as TlpLabel)}
                data={TLP_ORDER.map((l) => ({ value: l, label: tlpLabel(l) }))}
              />
              <TextInput
                label={t.trackingIdLabel}
                description={t.trackingIdHelp}
                value={s.trackingId}
                maxLength={100}
                error={fieldError('trackingId')}
                onChange={(e) => set('trackingId', e.currentTarget.value)}
              />
            </Group>
          )}
          <NativeSelect
            label={t.severityLabel}
            value={s.severity}
            maw={260}
            onChange={(e) => set('severity', e.currentTarget.value as AdvisorySeverity)}
            data={SEVERITIES.map((v) => ({ value: v, label: advisorySeverityLabel(v) }))}
          />
          <Textarea
            label={t.summaryLabel}
            value={s.summary}
            maxLength={4000}
            autosize
            minRows={2}
            error={fieldError('summary')}
            onChange={(e) => set('summary', e.currentTarget.value)}
          />
          <MarkdownField
            label={t.bodyLabel}
            value={s.bodyMarkdown}
            onChange={(v) => set('bodyMarkdown', v)}
            error={fieldError('bodyMarkdown')}
          />
          <Textarea
            label={t.cvesLabel}
            value={s.cves}
            autosize
            minRows={2}
            classNames={{ input: 'mono' }}
            error={fieldError('cves')}
            onChange={(e) => set('cves', e.currentTarget.value)}
          />
          <CvssField
            value={s.cvssVector}
            onChange={(v) => set('cvssVector', v)}
            error={fieldError('cvssVector')}
            severity={s.severity}
            onTakeSeverity={(v) => set('severity', v)}
          />
          <Stack gap="xs" component="fieldset" className="plain-fieldset">
            <Title order={2} size="h4" component="legend">
              {t.productsLabel}
            </Title>
            {s.products.map((p, i) => (
              <Stack
                key={i}
                gap="xs"
                className="product-row"
                role="group"
                aria-label={t.productN(i + 1)}
              >
                <Group gap="sm" align="flex-start" wrap="wrap">
                  <TextInput
                    label={t.vendor}
                    value={p.vendor}
                    maxLength={200}
                    onChange={(e) => setProduct(i, { vendor: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t.product}
                    value={p.product}
                    maxLength={200}
                    onChange={(e) => setProduct(i, { product: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t.productVersion}
                    value={p.version}
                    maxLength={200}
                    onChange={(e) => setProduct(i, { version: e.currentTarget.value })}
                  />
                </Group>
                <Group gap="sm" align="flex-start" wrap="wrap">
                  <TextInput
                    label={t.cpeLabel}
                    value={p.cpe}
                    classNames={{ input: 'mono' }}
                    onChange={(e) => setProduct(i, { cpe: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t.purlLabel}
                    value={p.purl}
                    classNames={{ input: 'mono' }}
                    onChange={(e) => setProduct(i, { purl: e.currentTarget.value })}
                  />
                </Group>
                <Button
                  size="xs"
                  variant="default"
                  w="fit-content"
                  onClick={() =>
                    set(
                      'products',
                      s.products.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t.removeProduct(i + 1)}
                </Button>
              </Stack>
            ))}
            <Button
              variant="default"
              w="fit-content"
              onClick={() => set('products', [...s.products, emptyProduct()])}
            >
              {t.addProduct}
            </Button>
            {info?.field?.startsWith('products') ? (
              <Text c="red.9" size="sm" role="alert">
                {info.message}
              </Text>
            ) : null}
          </Stack>
          <MarkdownField
            label={t.remediationLabel}
            value={s.remediation}
            maxLength={20000}
            onChange={(v) => set('remediation', v)}
            error={fieldError('remediation')}
          />
          <Textarea
            label={t.referencesLabel}
            value={s.references}
            autosize
            minRows={2}
            classNames={{ input: 'mono' }}
            error={fieldError('references')}
            onChange={(e) => set('references', e.currentTarget.value)}
          />
          {error && !info?.field ? <ErrorAlert error={error} /> : null}
          {error && info?.field && !(info.field.split('.')[0] in s) ? (
            <ErrorAlert error={error} />
          ) : null}
          <Group gap="sm">
            <Button type="submit" loading={creating.loading || updating.loading}>
              {id ? t.save : t.create}
            </Button>
          </Group>
          <Text role="status" size="sm">
            {notice}
          </Text>
        </Stack>
      </form>
    </Page>
  );
}
