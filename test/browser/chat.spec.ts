import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  apiSignIn,
  checkPage,
  createMember,
  gql,
  signIn,
  unique,
  type TestMember,
} from './helpers';

/** Texts of the messages in a channel's main timeline, top to bottom. */
const timeline = (page: Page) =>
  page
    .getByRole('log', { name: /^Nachrichten in/ })
    .locator('.chat-body')
    .allInnerTexts();

const log = (page: Page): Locator => page.getByRole('log', { name: /^Nachrichten in/ });
const composer = (page: Page) => page.getByRole('textbox', { name: 'Nachricht', exact: true });

async function handleOf(token: string): Promise<string> {
  return (await gql<{ me: { handle: string } }>(`{ me { handle } }`, {}, token)).me.handle;
}

async function privateChannel(owner: TestMember, others: TestMember[], name: string) {
  const token = await apiSignIn(owner.email, owner.password);
  const created = await gql<{ createChannel: { id: string } }>(
    `mutation($input: CreateChannelInput!) { createChannel(input: $input) { id } }`,
    { input: { kind: 'PRIVATE', name, topic: 'Abstimmung zur Phishing-Welle' } },
    token,
  );
  const channelId = created.createChannel.id;
  await gql(
    `mutation($input: InviteToChannelInput!) { inviteToChannel(input: $input) { id } }`,
    { input: { channelId, memberIds: others.map((o) => o.id) } },
    token,
  );
  return { channelId, token };
}

async function apiSend(token: string, channelId: string, body: string) {
  await gql(
    `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
    { input: { channelId, clientMessageId: `t-${unique()}`, body } },
    token,
  );
}

test('two members chat live; one goes offline while sending and nothing is lost or doubled', async ({
  browser,
}) => {
  const alice = await createMember();
  const bob = await createMember();
  const name = `Lage Phishing ${unique()}`;
  const { channelId, token: aliceToken } = await privateChannel(alice, [bob], name);
  const bobHandle = await handleOf(await apiSignIn(bob.email, bob.password));
  await apiSend(aliceToken, channelId, 'Guten Morgen, bitte kurz melden.');

  const aliceContext = await browser.newContext();
  // Alice's socket frames pass through here: one send's answers are swallowed to make it fail.
  let swallow: string | null = null;
  await aliceContext.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      if (swallow && typeof m === 'string' && m.includes(swallow)) return;
      ws.send(m);
    });
  });
  const a = await aliceContext.newPage();
  const bobContext = await browser.newContext();
  const b = await bobContext.newPage();
  await signIn(a, alice);
  await signIn(b, bob);

  // Bob's list: the channel with its unread message.
  await b.getByRole('link', { name: 'Chat' }).first().click();
  await expect(b.getByRole('heading', { level: 1, name: 'Chat' })).toBeVisible();
  const bobRow = b.getByRole('listitem').filter({ hasText: name });
  await expect(bobRow.getByText('1 ungelesene Nachricht')).toBeVisible();
  await checkPage(b, 'chat');

  await a.goto(`/chat/${channelId}`);
  await bobRow.getByRole('link', { name }).click();
  await expect(b.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(log(a)).toContainText('Guten Morgen');
  await expect(log(b)).toContainText('Guten Morgen');

  // Live both ways; Enter sends, Shift+Enter is a new line.
  await composer(a).fill('Bei uns sind 40 Mails angekommen.');
  await composer(a).press('Shift+Enter');
  await composer(a).pressSequentially('Absender: rechnung@');
  await composer(a).press('Enter');
  await expect(log(b)).toContainText('Absender: rechnung@');
  await expect(log(a).locator('[data-state="sent"]').last()).toBeVisible();
  expect((await timeline(b))[1]).toBe('Bei uns sind 40 Mails angekommen.\nAbsender: rechnung@');

  // Typing indicator and presence.
  await composer(b).pressSequentially('Bei uns ');
  await expect(a.getByText(`${bob.displayName} schreibt …`)).toBeVisible();
  await expect(
    a.getByRole('complementary').getByRole('listitem').filter({ hasText: bob.displayName }),
  ).toContainText('online');
  await composer(b).pressSequentially('auch, 12 Stück.');
  await composer(b).press('Enter');
  await expect(log(a)).toContainText('auch, 12 Stück.');

  // Mention autocomplete with the keyboard.
  await composer(a).pressSequentially(`Danke @${bobHandle.slice(0, 3)}`);
  await expect(a.getByRole('option', { name: new RegExp(`@${bobHandle}`) })).toBeVisible();
  await composer(a).press('Enter');
  await expect(composer(a)).toHaveValue(`Danke @${bobHandle} `);
  await composer(a).pressSequentially('für die Zahl!');
  await composer(a).press('Enter');
  await expect(log(b)).toContainText(`Danke @${bobHandle} für die Zahl!`);
  await checkPage(a, 'chat-channel');

  // Bob goes offline and writes; Alice writes meanwhile.
  await bobContext.setOffline(true);
  await expect(b.getByTestId('connection-lost')).toContainText('Verbindung unterbrochen');
  await composer(b).fill('Offline eins');
  await composer(b).press('Enter');
  await composer(b).fill('Offline zwei');
  await composer(b).press('Enter');
  await expect(log(b).locator('article[data-state="pending"]')).toHaveCount(2);
  await composer(a).fill('Während Bob weg ist');
  await composer(a).press('Enter');
  await expect(log(a)).toContainText('Während Bob weg ist');
  await bobContext.setOffline(false);
  await expect(b.getByTestId('connection-restored')).toContainText('Verbindung wiederhergestellt');

  const expected = [
    'Guten Morgen, bitte kurz melden.',
    'Bei uns sind 40 Mails angekommen.\nAbsender: rechnung@',
    'Bei uns auch, 12 Stück.',
    `Danke @${bobHandle} für die Zahl!`,
    'Während Bob weg ist',
    'Offline eins',
    'Offline zwei',
  ];
  await expect.poll(() => timeline(b)).toEqual(expected);
  await expect.poll(() => timeline(a)).toEqual(expected);

  // A send whose answer never arrives fails; the retry (same client id) shows it once.
  swallow = 'Antwort geht verloren';
  await composer(a).fill('Antwort geht verloren');
  await composer(a).press('Enter');
  await expect(log(a).locator('article[data-state="failed"]')).toBeVisible({ timeout: 20_000 });
  await expect(log(a)).toContainText('Nicht gesendet');
  swallow = null;
  await log(a).getByRole('button', { name: 'Erneut senden' }).click();
  await expect(log(a).locator('article[data-state="failed"]')).toHaveCount(0);
  expected.push('Antwort geht verloren');
  await expect.poll(() => timeline(a)).toEqual(expected);
  await expect.poll(() => timeline(b)).toEqual(expected);

  // Reaction, thread, edit and delete through a message's menu, by keyboard.
  const bobsMessage = log(a).getByRole('article').filter({ hasText: 'auch, 12 Stück.' });
  await bobsMessage.focus();
  await a.keyboard.press('Tab');
  await a.keyboard.press('Enter');
  await a.getByRole('menuitem', { name: 'Reagieren: Daumen hoch' }).click();
  await expect(
    log(b).getByRole('article').filter({ hasText: 'auch, 12 Stück.' }).getByRole('button', {
      name: /👍 1/,
    }),
  ).toBeVisible();

  await bobsMessage.getByRole('button', { name: /Aktionen/ }).click();
  await a.getByRole('menuitem', { name: 'Im Thread antworten' }).click();
  const thread = a.getByRole('dialog', { name: 'Thread' });
  await thread.getByRole('textbox', { name: 'Antwort im Thread' }).fill('Welche Absender genau?');
  await thread.getByRole('textbox', { name: 'Antwort im Thread' }).press('Enter');
  await expect(thread.getByRole('log')).toContainText('Welche Absender genau?');
  await checkPage(a, 'chat-thread');
  await thread.getByRole('button', { name: 'Thread schließen' }).click();
  await expect(
    log(b).getByRole('article').filter({ hasText: 'auch, 12 Stück.' }).getByRole('button', {
      name: '1 Antwort',
    }),
  ).toBeVisible();

  const mine = log(a).getByRole('article').filter({ hasText: 'Während Bob weg ist' });
  await mine.getByRole('button', { name: /Aktionen/ }).click();
  await a.getByRole('menuitem', { name: 'Bearbeiten' }).click();
  const edit = log(a).getByRole('textbox', { name: 'Nachricht bearbeiten' });
  await edit.fill('Während Bob offline war');
  await edit.press('Enter');
  await expect(log(b)).toContainText('Während Bob offline war');
  await expect(log(b).getByRole('article').filter({ hasText: 'offline war' })).toContainText(
    'bearbeitet',
  );

  const edited = log(a).getByRole('article').filter({ hasText: 'Während Bob offline war' });
  a.once('dialog', (d) => void d.accept());
  await edited.getByRole('button', { name: /Aktionen/ }).click();
  await a.getByRole('menuitem', { name: 'Löschen' }).click();
  await expect(log(b)).toContainText('Diese Nachricht wurde gelöscht.');
  await expect(log(b)).not.toContainText('offline war');

  // A direct message from the member list.
  await a.getByRole('button', { name: `Direktnachricht an ${bob.displayName}` }).click();
  await expect(a.getByRole('heading', { level: 1, name: bob.displayName })).toBeVisible();
  await composer(a).fill('Kurz unter uns: ruf mich an.');
  await composer(a).press('Enter');
  await expect(log(a).locator('[data-state="sent"]')).toBeVisible();

  await aliceContext.close();
  await bobContext.close();
});

test('history loads upward without moving what is read; an incident room shows TLP:RED', async ({
  page,
}) => {
  const carla = await createMember();
  const dirk = await createMember();
  const name = `Verlauf ${unique()}`;
  const { channelId, token } = await privateChannel(carla, [dirk], name);
  for (let i = 1; i <= 70; i++) await apiSend(token, channelId, `Eintrag ${i}`);

  await signIn(page, carla);
  await page.goto(`/chat/${channelId}`);
  await expect(log(page)).toContainText('Eintrag 70');
  // The newest page (50): 21 to 70.
  await expect.poll(async () => (await timeline(page)).length).toBe(50);
  const anchor = log(page).locator('.chat-body', { hasText: /^Eintrag 21$/ });
  const scroller = page.getByTestId('chat-scroll');
  await scroller.hover();
  await page.mouse.wheel(0, -20_000);
  await expect.poll(async () => (await timeline(page)).length).toBe(70);
  await expect(page.getByText('Anfang des Kanals')).toBeVisible();
  // The message that was at the top stays near the top of the visible area (no jump).
  const scrollerBox = (await scroller.boundingBox())!;
  const anchorBox = (await anchor.boundingBox())!;
  expect(anchorBox.y - scrollerBox.y).toBeGreaterThanOrEqual(-10);
  expect(anchorBox.y - scrollerBox.y).toBeLessThan(scrollerBox.height / 2);
  expect((await timeline(page))[0]).toBe('Eintrag 1');

  // An incident room: its channel page shows the TLP:RED marking.
  const incident = await gql<{ reportIncident: { channelId: string } }>(
    `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { channelId } }`,
    {
      input: {
        title: `Verschlüsselte Fileserver ${unique()}`,
        description: 'Seit 6 Uhr sind die Fileserver verschlüsselt.',
        consentToProvider: false,
      },
    },
    token,
  );
  await page.goto(`/chat/${incident.reportIncident.channelId}`);
  await expect(page.getByRole('note', { name: 'TLP:RED' })).toContainText('Nur für die Mitglieder');
  // Typed right after the page loaded: it may go out before the (empty) first history page is
  // back; the message must still be shown, once (it once vanished: the timeline's window started
  // above it).
  await composer(page).fill('Wir trennen das Netz.');
  await composer(page).press('Enter');
  await expect(log(page).locator('[data-state="sent"]')).toBeVisible();
  await expect(log(page).getByText('Wir trennen das Netz.')).toHaveCount(1);
  await checkPage(page, 'chat-incident');
});
