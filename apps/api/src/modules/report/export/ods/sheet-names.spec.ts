import { REPORT_SHEET_NAMES_FR } from '../report-sheet-names';
import { xmlText } from './ods-file';
import { SHEET_NAME_MAX, validSheetNames } from './sheet-names';

describe('ODS sheet names and text', () => {
  it('makes names Excel and LibreOffice accept: no []:*?/\\, no apostrophe at the ends, 31 characters at most', () => {
    expect(validSheetNames(['Bilan [2026]: a/b\\c*?', "'Cité'", 'x'.repeat(40), '   '])).toEqual([
      'Bilan 2026 a b c',
      'Cité',
      'x'.repeat(SHEET_NAME_MAX),
      'Feuille 4',
    ]);
  });

  it('keeps names distinct whatever the case, within the length', () => {
    const names = validSheetNames(['Thèmes', 'thèmes', 'y'.repeat(35), 'y'.repeat(33)]);
    expect(names).toEqual(['Thèmes', 'thèmes (2)', 'y'.repeat(31), `${'y'.repeat(27)} (2)`]);
    expect(names.every((name) => name.length <= SHEET_NAME_MAX)).toBe(true);
  });

  it('gives every report table a valid sheet name of its own, as written', () => {
    const names = ['Synthèse', ...Object.values(REPORT_SHEET_NAMES_FR)];
    expect(validSheetNames(names)).toEqual(names);
  });

  it('escapes XML and drops the characters XML 1.0 cannot carry', () => {
    expect(xmlText(`<a href="x">Tom & Jerry's</a>\u0000\u0007 ok`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt; ok',
    );
    expect(xmlText('emoji 🎲 \uD800 fin')).toBe('emoji 🎲  fin');
  });
});
