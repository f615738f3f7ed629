// Writes sample files for end-to-end journeys and manual tries, and prints what is inside them as JSON:
//   node -r ./tools/ts-require-hook.cjs apps/api/test/files/write-sample-files.ts <folder>
// The PDF holds a word found nowhere in the demo library, on its second page, so that a search can prove that the
// file's text (and only it) answers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeDocx, makeOdp, makePdf } from './fixtures';

export const SAMPLE_WORD = 'zootropiste';

/** The paths written, the word only these files contain, and the PDF page that holds it (apps/web/e2e/fixtures reads this). */
export function writeSampleFiles(folder: string) {
  mkdirSync(folder, { recursive: true });
  const pdf = join(folder, 'guide-atelier-images.pdf');
  writeFileSync(
    pdf,
    makePdf([
      'Guide d’atelier : lire les images\nÉducation aux médias, cycle 3',
      `Séance 2 : le ${SAMPLE_WORD} et l’illusion du mouvement\nLes élèves fabriquent un ${SAMPLE_WORD} en papier.`,
      'Bibliographie et ressources',
    ]),
  );
  const docx = join(folder, 'fiche-atelier.docx');
  writeFileSync(docx, makeDocx(['Fiche d’atelier', `Matériel : un ${SAMPLE_WORD}, des ciseaux, de la colle.`]));
  const odp = join(folder, 'diaporama-atelier.odp');
  writeFileSync(odp, makeOdp(['Lire les images', `Le ${SAMPLE_WORD}`]));
  return { pdf, docx, odp, word: SAMPLE_WORD, page: 2 };
}

if (require.main === module) {
  const folder = resolve(process.argv[2] ?? 'tmp/fichiers-exemple');
  process.stdout.write(`${JSON.stringify(writeSampleFiles(folder))}\n`);
}
