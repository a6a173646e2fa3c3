import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { advisorySeverityLabel, advisoryStatusLabel, tlpLabel } from '../../lib/labels';
import { Page } from '../../ui/Page';
import { LoadingState } from '../../ui/States';
import { AdvisoryList, AdvisorySearchResults, OpenAdvisoryList } from './AdvisoryLists';
import { CVE, listVariables, readList, writeList, type ListState } from './list-params';
import { AdvisoryViewerQuery } from './operations';
import { TLP_ORDER } from './tlp';
import { advisoryTexts as t } from './texts';
import './advisories.css';

const SEVERITIES = ['KRITISCH', 'HOCH', 'MITTEL', 'NIEDRIG'] as const;
const STATUSES = ['DRAFT', 'INTERIM', 'FINAL'] as const;

/** The advisories: open for my organisation, or all I may read with filters, CVE and search. */
export default function AdvisoriesPage() {
  const viewer = useQuery(AdvisoryViewerQuery);
  const [params, setParams] = useSearchParams();
  const me = viewer.data?.me;
  const isCert = me?.organisation.kind === 'CERT';
  // The CERT answers no advisory itself: its useful start is the whole list.
  const current = readList(params, isCert ? 'alle' : 'offen');
  const [form, setForm] = useState<ListState>(current);
  const [cveError, setCveError] = useState<string | undefined>();
  if (!me) return <LoadingState />;

  const setView = (view: string | null) =>
    setParams(writeList({ ...current, view: view === 'offen' ? 'offen' : 'alle' }));
  const submit = () => {
    const cve = form.cve.trim().toUpperCase();
    if (cve && !CVE.test(cve)) {
      setCveError(t.cveInvalid);
      return;
    }
    setCveError(undefined);
    setParams(writeList({ ...form, cve, view: 'alle' }));
  };

  return (
    <Page
      title={t.title}
      actions={
        isCert ? (
          <>
            <Button component={Link} to="/warnungen/neu">
              {t.newAdvisory}
            </Button>
            <Button component={Link} to="/warnungen/import" variant="default">
              {t.importCsaf}
            </Button>
          </>
        ) : null
      }
    >
      <Text>{t.intro}</Text>
      <Tabs value={current.view} onChange={setView} keepMounted={false}>
        <Tabs.List aria-label={t.tabsLabel}>
          <Tabs.Tab value="offen">{t.tabOpen}</Tabs.Tab>
          <Tabs.Tab value="alle">{t.tabAll}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="offen" pt="md">
          <Stack gap="sm">
            <Text size="sm">{t.openIntro}</Text>
            <OpenAdvisoryList />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="alle" pt="md">
          <Stack gap="md">
            <form
              role="search"
              aria-label={t.filters}
              onSubmit={(e) => {
                e.preventDefault();
                submit();
              }}
            >
              <Stack gap="sm">
                <TextInput
                  label={t.searchLabel}
                  description={t.searchHelp}
                  type="search"
                  value={form.q}
                  maxLength={200}
                  onChange={(e) => setForm({ ...form, q: e.currentTarget.value })}
                />
                <Group gap="sm" align="flex-start" wrap="wrap">
                  <TextInput
                    label={t.cveLabel}
                    description={t.cveHelp}
                    value={form.cve}
                    error={cveError}
                    onChange={(e) => setForm({ ...form, cve: e.currentTarget.value })}
                  />
                  <NativeSelect
                    label={t.severityLabel}
                    value={form.severity}
                    onChange={(e) =>
                      setForm({ ...form, severity: e.currentTarget.value as ListState['severity'] })
                    }
                    data={[
                      { value: '', label: t.any },
                      ...SEVERITIES.map((s) => ({ value: s, label: advisorySeverityLabel(s) })),
                    ]}
                  />
                  <NativeSelect
                    label={t.tlpFilterLabel}
                    value={form.tlp}
                    onChange={(e) =>
                      setForm({ ...form, tlp: e.currentTarget.value as ListState['tlp'] })
                    }
                    data={[
                      { value: '', label: t.any },
                      ...TLP_ORDER.map((l) => ({ value: l, label: tlpLabel(l) })),
                    ]}
                  />
                  <NativeSelect
                    label={t.statusLabel}
                    value={form.status}
                    onChange={(e) =>
                      setForm({ ...form, status: e.currentTarget.value as ListState['status'] })
                    }
                    data={[
                      { value: '', label: t.any },
                      ...STATUSES.filter((s) => isCert || s !== 'DRAFT').map((s) => ({
                        value: s,
                        label: advisoryStatusLabel(s),
                      })),
                    ]}
                  />
                </Group>
                <Group gap="sm">
                  <Button type="submit">{t.apply}</Button>
                  <Button
                    variant="default"
                    onClick={() => {
                      const empty: ListState = {
                        view: 'alle',
                        q: '',
                        cve: '',
                        severity: '',
                        tlp: '',
                        status: '',
                      };
                      setForm(empty);
                      setCveError(undefined);
                      setParams(writeList(empty));
                    }}
                  >
                    {t.reset}
                  </Button>
                </Group>
              </Stack>
            </form>
            {current.q ? (
              <AdvisorySearchResults query={current.q} filters={listVariables(current)} />
            ) : (
              <AdvisoryList filters={listVariables(current)} />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
