import type { Page } from 'playwright-core';
import { baseUrl, expectText } from './browser';

/**
 * The steps of « qui connaît … ? » then « Contacter », small enough to be chained in one longer journey
 * (issue 14's: a coordinator creates an organisation… a member finds who knows video games and writes to them).
 */

/** Asks the directory a question (« qui connaît les jeux vidéo ? ») and waits for the ranked answer. */
export async function askWhoKnows(page: Page, question: string, theme: string): Promise<void> {
  await page.goto(`${baseUrl()}/annuaire`);
  await page.getByRole('searchbox', { name: 'Rechercher dans l’annuaire' }).fill(question);
  await expectText(page.locator('.who-knows-intro'), new RegExp(`Qui connaît «\\s${theme}\\s»`));
}

/** The names of the people listed, in order, and the reasons given for each. */
export async function rankedPeople(page: Page): Promise<{ name: string; reasons: string[] }[]> {
  const people = page.locator('.directory-hit').filter({ has: page.locator('.evidence-list') });
  const found: { name: string; reasons: string[] }[] = [];
  for (let i = 0; i < (await people.count()); i += 1) {
    const hit = people.nth(i);
    found.push({
      name: ((await hit.locator('h3').textContent()) ?? '').trim(),
      reasons: (await hit.locator('.evidence-list li').allTextContents()).map((text) => text.replace(/\s+/g, ' ')),
    });
  }
  return found;
}

/** Opens a person's page from the directory's list. */
export async function openPerson(page: Page, name: string): Promise<void> {
  await page.locator('.directory-hit h3').getByRole('link', { name }).click();
  await expectText(page.getByRole('heading', { level: 1 }), new RegExp(name));
}

/** Fills and sends the « Contacter » form of the person's page; waits for the confirmation. */
export async function sendMessage(page: Page, message: { subject?: string; text: string }): Promise<void> {
  const form = page.locator('form.contact-form');
  if (message.subject) await form.getByLabel(/^Objet/).fill(message.subject);
  await form.getByLabel(/^Message/).fill(message.text);
  await form.getByRole('button', { name: 'Envoyer le message' }).click();
  await expectText(form.getByRole('status'), /^Message envoyé à /);
}

export interface DevMail {
  to: string;
  subject: string;
  text: string;
  replyTo: string | null;
}

/** The mail the job queue delivered into the development mailbox (`devMailbox`), once it is there. */
export async function deliveredMail(page: Page, to: string, subject: string): Promise<DevMail> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const response = await page.request.post(`${baseUrl()}/graphql`, {
      data: { query: '{ devMailbox { to subject text replyTo } }' },
    });
    const mails = ((await response.json()).data?.devMailbox ?? []) as DevMail[];
    const mail = mails.find((candidate) => candidate.to === to && candidate.subject === subject);
    if (mail) return mail;
    await page.waitForTimeout(250);
  }
  throw new Error(`No mail « ${subject} » to ${to} in the development mailbox`);
}
