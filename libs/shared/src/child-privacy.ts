/**
 * Debriefs describe real workshops with children: names must not go in. This flags fragments that look like a
 * child's identity — a capitalised first name next to an age ("Léo, 7 ans", "Inès (8 ans)") or a school class
 * ("Noah en CM2", "Lina (3e)"). A heuristic, not a guarantee: it warns, it does not block, and it misses names
 * written without an age or class next to them (rule and limits: docs/decisions/0009-child-privacy-in-debriefs.md).
 */
const FIRST_NAME = "\\p{Lu}[\\p{Ll}'’-]{1,20}";
const AGE = '\\d{1,2}\\s?ans';
const CLASS = '(?:PS|MS|GS|CP|CE1|CE2|CM1|CM2|6e|5e|4e|3e|2de|1re|Tle|6ème|5ème|4ème|3ème)';
const PATTERNS = [
  new RegExp(`(${FIRST_NAME})\\s*[,(]\\s*(?:${AGE}|${CLASS})\\)?`, 'gu'),
  new RegExp(`(${FIRST_NAME})\\s+(?:a|âgée?|qui a)\\s+${AGE}`, 'gu'),
  new RegExp(`(${FIRST_NAME})\\s+(?:en|de)\\s+${CLASS}\\b`, 'gu'),
];
/** Capitalised words that start sentences or name places and groups, not children. */
const NOT_NAMES = new Set([
  'Les',
  'Des',
  'Une',
  'Un',
  'Le',
  'La',
  'Avec',
  'Pour',
  'Dans',
  'Atelier',
  'Classe',
  'Groupe',
  'Enfants',
  'Parents',
  'Élèves',
  'Eleves',
  'Garçon',
  'Fille',
  'Tous',
  'Trois',
  'Deux',
  'Quatre',
  'Cinq',
  'Six',
  'Sept',
  'Huit',
  'Neuf',
  'Dix',
  'Chez',
  'En',
]);

export function findChildIdentifiers(text: string): string[] {
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (!NOT_NAMES.has(match[1]) && !found.includes(match[0].trim())) found.push(match[0].trim());
    }
  }
  return found;
}
