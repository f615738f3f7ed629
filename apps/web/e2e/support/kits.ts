import type { Locator, Page } from 'playwright-core';
import { baseUrl, expectText } from '../browser';

/**
 * The steps of a kit loan, as small helpers so that a longer journey can chain them (issue 14: « books a kit for an
 * event, the owner accepts, hand-over and return with a missing charger »). Each works on a signed-in page.
 */

/** A day `days` from today, `YYYY-MM-DD` (the browser and the API share the machine's date here). */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function openKit(page: Page, kitSlug: string, name: RegExp): Promise<void> {
  await page.goto(`${baseUrl()}/malles/${kitSlug}`);
  await expectText(page.getByRole('heading', { level: 1 }), name);
}

/** « Demander un prêt » on the kit's page: the days, the purpose, the event; waits for « Demande envoyée ». */
export async function requestKitLoan(
  page: Page,
  request: { startsOn: string; endsOn: string; purpose: string; eventSlug?: string },
): Promise<void> {
  const form = page.locator('form.kit-request-form');
  await form.getByLabel('Premier jour (retrait)').fill(request.startsOn);
  await form.getByLabel('Dernier jour (retour)').fill(request.endsOn);
  await expectText(form.getByRole('status'), /La malle est libre ces jours-là/);
  await form.getByLabel(/Objet du prêt/).fill(request.purpose);
  if (request.eventSlug) await form.getByLabel('Événement (facultatif)').fill(request.eventSlug);
  await form.getByRole('button', { name: 'Demander un prêt' }).click();
  await expectText(form.getByRole('status'), /Demande envoyée/);
}

/** The loan asked for `purpose`, among those the kit's page lists to its owners. */
export function loanCard(page: Page, purpose: string): Locator {
  return page.locator('li.kit-loan', { hasText: purpose });
}

export async function acceptKitLoan(page: Page, purpose: string): Promise<void> {
  const card = loanCard(page, purpose);
  await card.getByRole('button', { name: 'Accepter' }).click();
  await expectText(card.locator('.kit-status'), /Accepté/);
}

export async function handOverKitLoan(page: Page, purpose: string): Promise<void> {
  const card = loanCard(page, purpose);
  await card.getByRole('button', { name: 'Marquer comme remise' }).click();
  await expectText(card.locator('.kit-status'), /Remise/);
}

/** « Enregistrer le retour » with `missing` of the item `label` missing (a charger), and a note. */
export async function returnKitLoan(
  page: Page,
  purpose: string,
  missing: { label: string; count: number; note: string },
): Promise<void> {
  const card = loanCard(page, purpose);
  await card.getByRole('button', { name: 'Enregistrer le retour' }).click();
  await card.getByLabel(`Manquants\u00a0: ${missing.label}`).fill(String(missing.count));
  await card.getByLabel(`Remarque\u00a0: ${missing.label}`).fill(missing.note);
  await card.getByRole('button', { name: 'Confirmer le retour' }).click();
  // The loan leaves the loans to handle for the history, and the kit's condition notes record what is missing.
  await expectText(page.locator('.kit-facts'), new RegExp(`${missing.label} : ${missing.count} manquant`));
}
