import { titleKey } from '@culture-commune/shared';

/** A question's lead: « qui connaît », « qui s’y connaît en », « qui a testé »… (accents optional). */
const LEAD =
  /^\s*(?:dis[- ]moi\s+)?qui\s+(?:s['’]y\s+conna[iî]t(?:\s+en)?|conna[iî]t|sait\s+(?:faire\s+)?|ma[iî]trise|a\s+test[ée]|travaille\s+sur|s['’]occupe\s+d['’e]?|anime)\s*/iu;
/** The articles left after the lead: « les jeux vidéo », « la robotique », « l’éducation à l’image ». */
const ARTICLE = /^(?:les|le|la|l['’]|des|du|de\s+la|de\s+l['’]|de|d['’]|en|un|une|aux|au)\s*/iu;

/** What a directory query asks « qui connaît … ? » about: the subject without the question's words. */
export function whoKnowsSubject(q: string): { subject: string; asked: boolean } {
  const asked = LEAD.test(q);
  const subject = q
    .replace(LEAD, '')
    .replace(ARTICLE, '')
    .replace(/[\s?!.…]+$/u, '')
    .trim();
  return { subject, asked };
}

/** A comparison key: accents, case, punctuation and plural marks (« jeux » / « jeu ») ignored. */
export function subjectKey(value: string): string {
  return titleKey(value)
    .split(' ')
    .filter(Boolean)
    .map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word))
    .join(' ');
}

export interface ThemeNames {
  id: string;
  slug: string;
  label: string;
  labelEn: string | null;
}

/**
 * The themes a subject names: its label (French or English) or slug, whole, or the start of it (« cyber » finds
 * « Cyberharcèlement et violences en ligne ») once the subject has 4 letters or more.
 */
export function themesNamed<T extends ThemeNames>(themes: T[], subject: string): T[] {
  const key = subjectKey(subject);
  if (!key) return [];
  return themes.filter((theme) =>
    [theme.label, theme.labelEn ?? '', theme.slug.replace(/-/g, ' ')].some((name) => {
      const nameKey = subjectKey(name);
      return nameKey === key || (key.length >= 4 && nameKey.startsWith(key));
    }),
  );
}
