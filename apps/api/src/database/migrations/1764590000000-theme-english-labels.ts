import { MigrationInterface, QueryRunner } from 'typeorm';

/** The English names of the themes seeded so far; a theme added since keeps no English name until an admin gives one. */
const SEEDED: [slug: string, labelEn: string][] = [
  ['ecrans-petite-enfance', 'Screens and early childhood'],
  ['parentalite-numerique', 'Digital parenting'],
  ['reseaux-sociaux', 'Social media'],
  ['information-desinformation', 'Information and disinformation'],
  ['cyberharcelement', 'Cyberbullying and online violence'],
  ['donnees-personnelles', 'Personal data and privacy'],
  ['jeux-video', 'Video games'],
  ['education-image', 'Visual literacy'],
  ['culture-innovation', 'Digital culture and innovation'],
  ['inclusion-numerique', 'Digital inclusion'],
  ['emotions-bien-etre', 'Emotions and digital well-being'],
  ['creer-publier', 'Creating and publishing'],
  ['posture-professionnelle', 'Professional practice and mediation'],
];

/**
 * Themes get an optional English label, shown by the English interface when present, the French one otherwise (issue
 * 13, item 22). Existing rows are kept; the demo's themes get their English names (matched by slug, so a theme an admin
 * renamed keeps its slug and gets its name, one deleted is simply absent).
 */
export class ThemeEnglishLabels1764590000000 implements MigrationInterface {
  name = 'ThemeEnglishLabels1764590000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE themes ADD COLUMN label_en varchar(120)`);
    await q.query(
      `UPDATE themes t SET label_en = v.label_en
       FROM unnest($1::text[], $2::text[]) AS v(slug, label_en) WHERE t.slug = v.slug`,
      [SEEDED.map(([slug]) => slug), SEEDED.map(([, labelEn]) => labelEn)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE themes DROP COLUMN label_en`);
  }
}
