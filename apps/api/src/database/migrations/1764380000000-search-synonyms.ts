import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchSynonyms1764380000000 implements MigrationInterface {
  name = 'SearchSynonyms1764380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_synonyms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        terms text[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 20),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_synonyms`);
  }
}
