import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { AdminGate, isPlatformAdmin, type AdminMe } from './access';
import { adminTexts as t } from './texts';

interface Section {
  key: keyof typeof t.sections;
  to: string;
  adminOnly: boolean;
}

/** The administration's sections; ORG_ADMINs see only those the API lets them use. */
const SECTIONS: Section[] = [
  { key: 'members', to: '/verwaltung/mitglieder', adminOnly: false },
  { key: 'organisations', to: '/verwaltung/organisationen', adminOnly: true },
  { key: 'forums', to: '/verwaltung/foren', adminOnly: true },
  { key: 'audit', to: '/verwaltung/protokoll', adminOnly: true },
  { key: 'mail', to: '/verwaltung/zustellung', adminOnly: true },
];

function Overview({ me }: { me: AdminMe }) {
  const admin = isPlatformAdmin(me);
  return (
    <Page title={t.title}>
      <Text>{admin ? t.introAdmin : t.intro(me.organisation.name)}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {SECTIONS.filter((s) => admin || !s.adminOnly).map((s) => (
          <Card
            key={s.key}
            withBorder
            padding="lg"
            component="section"
            aria-labelledby={`v-${s.key}`}
          >
            <Stack gap="xs">
              <Title order={2} size="h3" id={`v-${s.key}`}>
                <AppLink to={s.to}>{t.sections[s.key].title}</AppLink>
              </Title>
              <Text>{t.sections[s.key].text}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Page>
  );
}

export default function AdminHomePage() {
  return <AdminGate>{(me) => <Overview me={me} />}</AdminGate>;
}
