/**
 * Realistic rows for every table, written against the current schema, for the upgrade-with-data test.
 * At an older schema, columns that do not exist yet are left out, and a row whose `needs` columns do not exist yet
 * (it only makes sense with a later feature) is skipped. A new table must get rows here: the test checks it.
 */
export interface SeedRow {
  values: Record<string, unknown>;
  needs?: string[];
}

export interface SeedTable {
  table: string;
  rows: SeedRow[];
}

/** A fixed uuid per name, so that rows can refer to each other. */
const ids = new Map<string, string>();
export function id(name: string): string {
  if (!ids.has(name)) ids.set(name, `00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, '0')}`);
  return ids.get(name)!;
}

const hash = (c: string) => c.repeat(64);
const at = (day: number, time = '10:30:00') => `2025-11-${String(day).padStart(2, '0')}T${time}+01:00`;
const rows = (...values: Record<string, unknown>[]): SeedRow[] => values.map((v) => ({ values: v }));

/** In foreign-key order. */
export const UPGRADE_SEED: SeedTable[] = [
  { table: 'organisations', rows: rows(
    { id: id('o1'), slug: 'mediatheque-lumiere', name: 'Médiathèque Lumière', kind: 'médiathèque', city: 'Lyon', description: 'Réseau de lecture publique', created_at: at(1), version: 3 },
    { id: id('o2'), slug: 'les-petits-debrouillards', name: 'Les Petits Débrouillards', kind: null, city: null, description: null, created_at: at(2) },
  ) },
  { table: 'themes', rows: rows(
    { id: id('t1'), slug: 'esprit-critique', label: 'Esprit critique', description: 'Démêler le vrai du faux', position: 1, version: 2 },
    { id: id('t2'), slug: 'ecrans', label: 'Écrans', description: null, position: 2 },
  ) },
  { table: 'audiences', rows: rows({ slug: 'seniors', label: 'Seniors', label_en: 'Older adults', position: 8 }) },
  { table: 'members', rows: rows(
    { id: id('m1'), slug: 'claire-martin', name: 'Claire Martin', email: 'Claire.Martin@example.org', title: 'Coordinatrice', role: 'admin', organisation_id: id('o1'), created_at: at(3), password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', last_sign_in_at: at(20), digest_enabled: true },
    { id: id('m2'), slug: 'yanis-benali', name: 'Yanis Benali', email: 'yanis@example.org', title: null, role: 'member', organisation_id: id('o2'), created_at: at(4), password_hash: null, last_sign_in_at: null, digest_enabled: false },
  ) },
  { table: 'member_expertise', rows: rows({ member_id: id('m1'), theme_id: id('t1') }) },
  { table: 'tags', rows: rows({ id: id('tag1'), label: 'Fake news', key: 'fake news', slug: 'fake-news' }) },
  { table: 'resources', rows: rows(
    { id: id('r1'), slug: 'vinz-et-lou', type: 'lecture', format: 'album', title: 'Vinz et Lou sur Internet', summary: 'Une série pour parler des écrans « en famille ».', body: '## Pourquoi\nParce que.', url: 'https://example.org/vinz', authors: ['Tralalere', 'Anne Dupont'], publisher: 'Tralalere', year: 2019, language: 'fr', licence: 'CC BY-NC', duration_minutes: null, visibility: 'public', organisation_id: id('o1'), contributor_id: id('m1'), version: 4, created_at: at(5), updated_at: at(6) },
    { id: id('r2'), slug: 'atelier-info-intox', type: 'outil', format: 'jeu', title: 'Atelier Info ou intox', summary: 'Un jeu de cartes.', body: null, url: null, authors: [], publisher: null, year: null, language: 'fr', licence: null, duration_minutes: 90, visibility: 'draft', organisation_id: null, contributor_id: id('m2'), created_at: at(7), updated_at: at(7) },
  ) },
  { table: 'resource_slug_history', rows: rows({ slug: 'vinz-et-lou-internet', resource_id: id('r1') }) },
  { table: 'resource_themes', rows: rows({ resource_id: id('r1'), theme_id: id('t1') }, { resource_id: id('r2'), theme_id: id('t2') }) },
  { table: 'resource_audiences', rows: rows({ resource_id: id('r1'), audience_slug: 'parents' }, { resource_id: id('r2'), audience_slug: 'seniors' }) },
  { table: 'resource_tags', rows: rows({ resource_id: id('r1'), tag_id: id('tag1') }) },
  { table: 'outbox_events', rows: rows(
    { id: 1000, topic: 'resource', aggregate_id: id('r1'), created_at: at(6), available_at: at(6), attempts: 2, last_error: 'Meilisearch injoignable', processed_at: at(6, '10:31:00') },
    { id: 1001, topic: 'resource', aggregate_id: id('r2'), created_at: at(7), available_at: at(7), attempts: 0, last_error: null, processed_at: null },
  ) },
  { table: 'search_synonyms', rows: rows({ id: id('syn1'), terms: ['bd', 'bande dessinée', 'bédé'], created_at: at(8) }) },
  { table: 'sessions', rows: rows({ token_hash: hash('a'), member_id: id('m1'), created_at: at(20), expires_at: '2025-12-20T10:30:00Z', revoked_at: null }) },
  { table: 'invitations', rows: rows({ id: id('inv1'), token_hash: hash('b'), email: 'nouvelle@example.org', name: 'Nadia Nouvelle', role: 'coordinator', organisation_id: id('o1'), invited_by: id('m1'), created_at: at(9), expires_at: at(16), accepted_at: null }) },
  { table: 'password_resets', rows: rows({ token_hash: hash('c'), member_id: id('m2'), created_at: at(10), expires_at: at(10, '11:30:00'), used_at: at(10, '10:40:00') }) },
  { table: 'dev_mails', rows: rows({ id: id('mail1'), recipient: 'yanis@example.org', subject: 'Réinitialiser votre mot de passe', text: 'Bonjour Yanis,\n…', sent_at: at(10) }) },
  { table: 'audit_log', rows: rows({ id: 500, actor_id: id('m1'), action: 'member.role', subject: 'yanis-benali', details: { from: 'member', to: 'coordinator', note: 'ré-essai' }, created_at: at(11) }) },
  { table: 'rate_limits', rows: rows({ key: 'signIn:claire.martin@example.org', window_start: at(20), hits: 3 }) },
  { table: 'debriefs', rows: rows({ id: id('d1'), resource_id: id('r2'), author_id: id('m2'), workshop_date: '2025-11-12', context: 'Collège, classe de 5e', audience_slug: 'adolescents', age_band: '12-13 ans', participants: 24, duration_minutes: 55, parents_present: true, went_well: 'Les débats', to_adjust: 'Trop de cartes', rating: 4, created_at: at(13), updated_at: at(14) }) },
  { table: 'reactions', rows: rows({ resource_id: id('r1'), member_id: id('m2'), kind: 'useful', created_at: at(14) }, { resource_id: id('r1'), member_id: id('m2'), kind: 'toRead', created_at: at(14) }) },
  { table: 'bookmarks', rows: rows({ member_id: id('m2'), resource_id: id('r1'), created_at: at(14) }) },
  { table: 'reading_lists', rows: rows({ id: id('l1'), slug: 'pour-debuter', title: 'Pour débuter', intro: 'Une sélection', curator_id: id('m1'), visibility: 'network', share_token_hash: hash('d'), share_created_at: at(15), version: 5, created_at: at(15), updated_at: at(16) }) },
  { table: 'comments', rows: [
    { values: { id: id('c1'), resource_id: id('r1'), parent_id: null, author_id: id('m2'), markdown: 'Merci @claire-martin !', html: '<p>Merci <a href="/membres/claire-martin">@claire-martin</a> !</p>', created_at: at(15), updated_at: at(15), deleted_at: null, hidden_at: null } },
    { values: { id: id('c2'), resource_id: id('r1'), parent_id: id('c1'), author_id: id('m1'), markdown: 'Avec plaisir', html: '<p>Avec plaisir</p>', created_at: at(16), updated_at: at(17), deleted_at: at(18), hidden_at: null } },
    { values: { id: id('c3'), resource_id: id('r2'), parent_id: null, author_id: null, markdown: 'Spam', html: '<p>Spam</p>', created_at: at(16), updated_at: at(16), deleted_at: null, hidden_at: at(17), hidden_by: id('m1') } },
    { values: { id: id('c4'), resource_id: null, reading_list_id: id('l1'), parent_id: null, author_id: id('m2'), markdown: 'Belle liste', html: '<p>Belle liste</p>', created_at: at(17), updated_at: at(17) }, needs: ['reading_list_id'] },
  ] },
  { table: 'comment_mentions', rows: rows({ comment_id: id('c1'), member_id: id('m1') }) },
  { table: 'comment_reports', rows: rows(
    { id: id('rep1'), comment_id: id('c3'), reporter_id: id('m2'), reason: 'Publicité', created_at: at(16), resolved_at: at(17), resolved_by: id('m1'), resolution: 'hidden' },
    { id: id('rep2'), comment_id: id('c1'), reporter_id: id('m1'), reason: 'Hors sujet ?', created_at: at(18), resolved_at: null, resolved_by: null, resolution: null },
  ) },
  { table: 'follows', rows: rows({ member_id: id('m2'), kind: 'theme', target_id: id('t1'), created_at: at(12) }, { member_id: id('m2'), kind: 'member', target_id: id('m1'), created_at: at(12) }) },
  { table: 'notifications', rows: [
    { values: { id: id('n1'), recipient_id: id('m1'), kind: 'mention', actor_id: id('m2'), resource_id: id('r1'), comment_id: id('c1'), debrief_id: null, theme_id: null, created_at: at(15), read_at: at(16) } },
    { values: { id: id('n2'), recipient_id: id('m2'), kind: 'debrief_on_resource', actor_id: null, resource_id: id('r2'), comment_id: null, debrief_id: id('d1'), theme_id: id('t2'), created_at: at(13), read_at: null } },
    { values: { id: id('n3'), recipient_id: id('m1'), kind: 'comment_on_list', actor_id: id('m2'), resource_id: null, reading_list_id: id('l1'), comment_id: id('c4'), created_at: at(17) }, needs: ['reading_list_id'] },
  ] },
  { table: 'jobs', rows: rows(
    { id: '41', queue: 'mail', payload: {}, state: 'done', attempts: 1, max_attempts: 6, run_after: at(21), singleton_key: null, locked_by: null, locked_until: null, last_error: null, created_at: at(21), started_at: at(21), finished_at: at(21) },
    { id: '42', queue: 'digest', payload: { slot: '2025-11-17@2025-11-17T07:00:00.000Z' }, state: 'failed', attempts: 3, max_attempts: 3, run_after: at(17), singleton_key: '2025-11-17@2025-11-17T07:00:00.000Z', locked_by: null, locked_until: null, last_error: 'SMTP injoignable', created_at: at(17), started_at: at(17), finished_at: at(17) },
  ) },
  { table: 'digest_deliveries', rows: rows({ member_id: id('m2'), week: '2025-11-17', sent_at: at(24, '07:00:00'), items: 5 }) },
  { table: 'reading_list_items', rows: rows(
    { id: id('i1'), list_id: id('l1'), resource_id: id('r1'), title_snapshot: 'Vinz et Lou sur Internet', position: 1, note: 'À lire en premier', added_by: id('m1'), added_at: at(15) },
    { id: id('i2'), list_id: id('l1'), resource_id: null, title_snapshot: 'Une ressource retirée', position: 2, note: '', added_by: null, added_at: at(15) },
  ) },
  { table: 'reading_list_collaborators', rows: rows({ list_id: id('l1'), member_id: id('m2') }) },
  { table: 'reading_progress', rows: rows({ item_id: id('i1'), member_id: id('m2'), read_at: at(18) }) },
  { table: 'events', rows: rows({ id: id('e1'), slug: 'rencontre-reseau-decembre', kind: 'rencontre-reseau', title: 'Rencontre du réseau', starts_at: '2025-12-04T14:00:00+01:00', ends_at: '2025-12-04T17:00:00+01:00', time_zone: 'Europe/Paris', place: 'Médiathèque Lumière, Lyon', description: 'Bilan de l’année', agenda: '1. Tour de table', minutes_markdown: 'Nous avons parlé de [Vinz et Lou](/ressources/vinz-et-lou).', minutes_html: '<p>Nous avons parlé de …</p>', visibility: 'public', created_by: id('m1'), version: 2, created_at: at(19), updated_at: at(20) }) },
  { table: 'event_organisers', rows: rows({ event_id: id('e1'), organisation_id: id('o1') }, { event_id: id('e1'), organisation_id: id('o2') }) },
  { table: 'event_reading_lists', rows: rows({ event_id: id('e1'), list_id: id('l1') }) },
  { table: 'event_rsvps', rows: rows({ event_id: id('e1'), member_id: id('m2'), answer: 'maybe', updated_at: at(21) }) },
  { table: 'event_resource_links', rows: rows({ event_id: id('e1'), resource_id: id('r1') }) },
];
