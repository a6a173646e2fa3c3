import { expect, test, type Page } from '@playwright/test';
import { checkPage, signIn, apiSignIn, createMember, demoPassword, gql, unique } from './helpers';

/** Demo IT-provider member (Südwestfalen-IT): reads no municipal-only category. */
const PROVIDER_EMAIL = 'thomas.brueckner@demo.sicherheitsnetz.nrw';
/** Demo municipal ISB who is a MODERATOR (Stadt Iserlohn, no TOTP required). */
const MODERATOR_EMAIL = 'julia.luedtke@demo.sicherheitsnetz.nrw';
/** Seeded topic in the municipal-only category "Kommunen unter sich". */
const MUNICIPAL_TOPIC = 'Erfahrungen mit dem WiBA-Check in kleineren Häusern?';
const MUNICIPAL_CATEGORY = 'Kommunen unter sich';

async function handleOf(token: string): Promise<string> {
  const data = await gql<{ me: { handle: string } }>(`{ me { handle } }`, {}, token);
  return data.me.handle;
}

async function tab(page: Page, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press('Tab');
}

test('a member posts a topic; a second member sees it unread and replies', async ({ browser }) => {
  const alice = await createMember();
  const bob = await createMember();
  const bobHandle = await handleOf(await apiSignIn(bob.email, bob.password));
  const title = `Phishing-Welle mit gefälschten Rechnungen ${unique()}`;

  const aliceContext = await browser.newContext();
  const a = await aliceContext.newPage();
  await signIn(a, alice);
  await a.getByRole('link', { name: 'Foren' }).first().click();
  await expect(a.getByRole('heading', { level: 1, name: 'Foren' })).toBeVisible();
  await expect(a.getByText('alle Mitglieder').first()).toBeVisible();
  await expect(a.getByText('nur Kommunen').first()).toBeVisible();
  await checkPage(a, 'forums');

  await a.getByRole('link', { name: 'Neues Thema' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Neues Thema' })).toBeVisible();
  await a.getByLabel('Kategorie').selectOption({ label: 'Allgemein (alle Mitglieder)' });
  await a.getByLabel('Titel').fill(title);
  const body = a.getByRole('textbox', { name: 'Text (Markdown)' });
  await body.fill('Bei uns kamen heute **viele** Mails an. Was meint ');
  // Mention autocomplete: type "@" and the start of the handle, pick with Enter.
  await body.pressSequentially(`@${bobHandle.slice(0, -1)}`);
  const suggestion = a.getByRole('option', {
    name: new RegExp(`@${bobHandle.replace('.', '\\.')}`),
  });
  await expect(suggestion).toBeVisible();
  await body.press('Enter');
  await expect(body).toHaveValue(new RegExp(`@${bobHandle.replace('.', '\\.')} $`));
  await body.pressSequentially('dazu?');
  await checkPage(a, 'forum-new-topic');
  await a.getByText('Vorschau', { exact: true }).click();
  await expect(a.locator('.md-preview strong')).toHaveText('viele');
  await a.getByText('Schreiben', { exact: true }).click();
  await a.getByRole('button', { name: 'Thema veröffentlichen' }).click();
  await expect(a.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(a.locator('.post-body strong')).toHaveText('viele');
  await checkPage(a, 'forum-topic');

  // Bob, in another browser context: the topic in the latest list with its unread marker.
  const bobContext = await browser.newContext();
  const b = await bobContext.newPage();
  await signIn(b, bob);
  await b.goto('/foren');
  const row = b.getByRole('article', { name: title });
  await expect(row).toBeVisible();
  await expect(row.getByText('1 ungelesener Beitrag')).toBeAttached();
  await expect(row).toHaveClass(/unread/);
  // And in the category, too.
  await b.getByRole('link', { name: 'Allgemein', exact: true }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Allgemein' })).toBeVisible();
  await expect(
    b.getByRole('article', { name: title }).getByText('1 ungelesener Beitrag'),
  ).toBeAttached();
  await checkPage(b, 'forum-category');
  await b.getByRole('link', { name: title }).click();
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(b.getByText(`@${bobHandle}`)).toBeVisible();

  // React, quote and reply by keyboard.
  await b.getByRole('button', { name: /^Danke: 0/ }).click();
  await expect(b.getByRole('button', { name: /^Danke: 1 \(Ihre Reaktion/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await b.getByRole('button', { name: 'Beitrag 1 zitieren' }).click();
  const reply = b.getByRole('textbox', { name: 'Ihre Antwort (Markdown)' });
  await expect(reply).toBeFocused();
  await expect(reply).toHaveValue(/schrieb:/);
  await b.keyboard.press('End');
  await b.keyboard.type('Bei uns auch, wir haben die Absender gesperrt.');
  await tab(b);
  await expect(b.getByRole('button', { name: 'Antwort senden' })).toBeFocused();
  await b.keyboard.press('Enter');
  await expect(
    b.getByRole('status').filter({ hasText: 'Ihre Antwort ist veröffentlicht.' }),
  ).toBeVisible();
  await expect(b.locator('#beitrag-2')).toContainText('wir haben die Absender gesperrt');
  await expect(b.locator('#beitrag-2 .post-quote')).toContainText('Zitat von');

  // Alice sees the reply.
  await a.reload();
  await expect(a.locator('#beitrag-2')).toContainText('wir haben die Absender gesperrt');
  await aliceContext.close();
  await bobContext.close();
});

test('an IT-provider member sees no municipal-only category and gets "nicht gefunden" for its topic', async ({
  page,
}) => {
  const municipal = await apiSignIn('andreas.grossmann@demo.sicherheitsnetz.nrw', demoPassword());
  const topics = await gql<{
    forumTopics: { nodes: { id: string; title: string; categoryId: string }[] };
  }>(`{ forumTopics(first: 100) { nodes { id title categoryId } } }`, {}, municipal);
  const secret = topics.forumTopics.nodes.find((t) => t.title === MUNICIPAL_TOPIC)!;
  expect(secret).toBeTruthy();

  await signIn(page, { email: PROVIDER_EMAIL, password: demoPassword() });
  await page.goto('/foren');
  await expect(page.getByRole('heading', { level: 2, name: 'Kategorien' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dienstleister' })).toBeVisible();
  await expect(page.getByText(MUNICIPAL_CATEGORY)).toHaveCount(0);
  await expect(page.getByText(MUNICIPAL_TOPIC)).toHaveCount(0);
  await expect(page.getByText('nur Kommunen', { exact: true })).toHaveCount(0);

  // Not among the categories for a new topic, nor in the search filter, nor in search hits.
  await page.goto('/foren/neu');
  await expect(page.getByLabel('Kategorie')).toBeVisible();
  await expect(
    page.getByLabel('Kategorie').locator('option', { hasText: MUNICIPAL_CATEGORY }),
  ).toHaveCount(0);
  await page.goto('/foren/suche?q=WiBA');
  await expect(page.getByRole('status').filter({ hasText: 'Treffer' })).toBeVisible();
  await expect(page.getByText(MUNICIPAL_TOPIC)).toHaveCount(0);
  await expect(
    page.getByLabel('Kategorie').locator('option', { hasText: MUNICIPAL_CATEGORY }),
  ).toHaveCount(0);

  // Typing the topic's URL: "nicht gefunden", and so for its category.
  await page.goto(`/foren/thema/${secret.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('nicht gefunden');
  await expect(page.getByText(MUNICIPAL_TOPIC)).toHaveCount(0);
  await checkPage(page, 'forum-topic-not-found');
  await page.goto(`/foren/kategorie/${secret.categoryId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeVisible();
  await expect(page.getByText(MUNICIPAL_CATEGORY)).toHaveCount(0);
});

test('search with highlighted hits, post links, moderation queue and actions', async ({
  browser,
}) => {
  const member = await createMember();
  const token = await apiSignIn(member.email, member.password);
  const word = `Schadsoftware${unique()}`;
  const categories = await gql<{ forumCategories: { nodes: { id: string; name: string }[] } }>(
    `{ forumCategories(first: 100) { nodes { id name } } }`,
    {},
    token,
  );
  const general = categories.forumCategories.nodes.find((c) => c.name === 'Allgemein')!;
  const created = await gql<{ createForumTopic: { id: string } }>(
    `mutation($input: CreateForumTopicInput!) { createForumTopic(input: $input) { id } }`,
    {
      input: {
        categoryId: general.id,
        title: `Fund: ${word}`,
        body: `Wir haben ${word} auf einem Client gefunden.`,
      },
    },
    token,
  );
  const topicId = created.createForumTopic.id;
  const reply = await gql<{ createForumPost: { id: string } }>(
    `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { id } }`,
    { input: { topicId, body: 'Das ist Werbung für einen Shop, bitte löschen.' } },
    token,
  );

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, member);
  // Search by keyboard.
  await page.goto('/foren/suche');
  await page.getByLabel('Suchbegriffe').focus();
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Treffer' })).toBeVisible();
  await expect(page.locator('.search-hit mark').first()).toBeVisible();
  await checkPage(page, 'forum-search');

  // A post link (as in notifications) opens the topic at the post.
  await page.goto(`/foren/beitrag/${reply.createForumPost.id}`);
  await expect(page).toHaveURL(new RegExp(`/foren/thema/${topicId}#beitrag-2$`));
  await expect(page.locator('#beitrag-2')).toBeFocused();

  // Flag the reply.
  await page.getByRole('button', { name: 'Beitrag 2 melden' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beitrag 2 der Moderation melden' });
  await dialog.getByLabel('Grund').selectOption({ label: 'Spam' });
  await dialog.getByLabel('Hinweis für die Moderation (freiwillig)').fill('Werbung');
  await checkPage(page, 'forum-flag-dialog');
  await dialog.getByRole('button', { name: 'Meldung senden' }).click();
  await expect(page.getByText('Danke. Die Moderation sieht sich den Beitrag an.')).toBeVisible();
  // A member without the role sees no moderation link.
  await page.goto('/foren');
  await expect(page.getByRole('link', { name: 'Moderation' })).toHaveCount(0);
  await context.close();

  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  await signIn(mod, { email: MODERATOR_EMAIL, password: demoPassword() });
  await mod.goto('/foren');
  await mod.getByRole('link', { name: 'Moderation' }).click();
  await expect(mod.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
  const item = mod.getByRole('listitem').filter({ hasText: 'bitte löschen' });
  await expect(item).toContainText('Spam');
  await expect(item).toContainText('Werbung');
  await checkPage(mod, 'forum-moderation');
  await item.getByRole('button', { name: 'Meldungen verwerfen' }).click();
  await expect(mod.getByText('1 Meldung verworfen.')).toBeVisible();
  await expect(mod.getByRole('listitem').filter({ hasText: 'bitte löschen' })).toHaveCount(0);

  // Topic actions: hide the post, pin and lock.
  await mod.goto(`/foren/thema/${topicId}`);
  await mod.locator('#beitrag-2').getByRole('button', { name: 'Ausblenden' }).click();
  await expect(
    mod.locator('#beitrag-2').getByRole('button', { name: 'Wieder einblenden' }),
  ).toBeVisible();
  await mod.getByRole('button', { name: 'Anheften' }).click();
  await expect(mod.getByRole('button', { name: 'Nicht mehr anheften' })).toBeVisible();
  await mod.getByRole('button', { name: 'Thema schließen' }).click();
  await expect(mod.getByRole('button', { name: 'Thema wieder öffnen' })).toBeVisible();
  await expect(mod.getByText('Dieses Thema ist geschlossen.')).toBeVisible();
  await expect(mod.locator('#beitrag-2').getByText('Ausgeblendet')).toBeVisible();
  await checkPage(mod, 'forum-topic-moderator');
  await mod.getByRole('button', { name: 'Verschieben' }).click();
  await expect(mod.getByRole('dialog', { name: 'Thema verschieben' })).toBeVisible();
  await checkPage(mod, 'forum-move-dialog');
  await mod.keyboard.press('Escape');
  await modContext.close();

  // The member sees the topic pinned and locked, the hidden post replaced by a note.
  const again = await browser.newContext();
  const p2 = await again.newPage();
  await signIn(p2, member);
  await p2.goto(`/foren/thema/${topicId}`);
  await expect(p2.getByText('Angeheftet').first()).toBeVisible();
  await expect(p2.getByText('Dieses Thema ist geschlossen.')).toBeVisible();
  await expect(p2.getByRole('textbox', { name: 'Ihre Antwort (Markdown)' })).toHaveCount(0);
  await p2.goto('/');
  await checkPage(p2, 'home-with-forum-card');
  await again.close();
});
