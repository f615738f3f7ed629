import { FORMATS_BY_TYPE, RESOURCE_TYPES, type ResourceType } from '@culture-commune/shared';

/**
 * What a reading is in each citation format: CSL type (Zotero's item type through its CSL mapping), RIS `TY`, BibLaTeX
 * entry type. Guides and studies are reports (they were « Preprint » / `JOUR` / `@article` with no journal); videos are
 * films, apps software, exhibitions artworks, slides presentations (issue 13, item 2).
 */
export interface CitationType {
  csl: string;
  ris: string;
  biblatex: string;
}

const REPORT: CitationType = { csl: 'report', ris: 'RPRT', biblatex: 'report' };
const WEB_PAGE: CitationType = { csl: 'webpage', ris: 'ELEC', biblatex: 'online' };
const VIDEO: CitationType = { csl: 'motion_picture', ris: 'VIDEO', biblatex: 'video' };
const DOCUMENT: CitationType = { csl: 'document', ris: 'GEN', biblatex: 'misc' };
/** An article with its journal, magazine or site (the publisher field holds it); without, a web page. */
const ARTICLE: CitationType = { csl: 'article-journal', ris: 'JOUR', biblatex: 'article' };

export const CITATION_TYPES: Record<ResourceType, Record<string, CitationType>> = {
  lecture: {
    livre: { csl: 'book', ris: 'BOOK', biblatex: 'book' },
    article: ARTICLE,
    rapport: REPORT,
    guide: REPORT,
    etude: REPORT,
  },
  formation: {
    diaporama: { csl: 'speech', ris: 'SLIDE', biblatex: 'misc' },
    module: WEB_PAGE,
    webinaire: VIDEO,
    mooc: WEB_PAGE,
    programme: DOCUMENT,
  },
  outil: {
    jeu: DOCUMENT,
    'fiche-activite': DOCUMENT,
    'kit-atelier': DOCUMENT,
    quiz: WEB_PAGE,
    exposition: { csl: 'graphic', ris: 'ART', biblatex: 'artwork' },
    'serie-video': VIDEO,
    application: { csl: 'software', ris: 'COMP', biblatex: 'software' },
  },
};

/** The type of a reading; an article with no container to name is cited as the web page it is. */
export function citationType(type: string, format: string, hasContainer: boolean): CitationType {
  const found = (RESOURCE_TYPES as readonly string[]).includes(type)
    ? CITATION_TYPES[type as ResourceType][format]
    : undefined;
  if (found === ARTICLE && !hasContainer) return WEB_PAGE;
  return found ?? DOCUMENT;
}

/** Every type × format of the vocabulary has its entry (checked by the spec, so a new format cannot be forgotten). */
export const missingCitationTypes = (): string[] =>
  RESOURCE_TYPES.flatMap((type) =>
    FORMATS_BY_TYPE[type].filter((f) => !CITATION_TYPES[type][f]).map((f) => `${type}/${f}`),
  );
