import { fillFromPreview } from './fill-from-preview';
import type { LinkPreview } from './link-tools';
import { emptyResourceFormValues } from './resource-form-values';

const preview: LinkPreview = {
  source: 'page',
  url: 'https://exemple.fr/article',
  title: 'Écrans et sommeil',
  summary: 'Une synthèse.',
  authors: ['Élodie Durand', 'Loïc Martin'],
  publisher: 'Revue',
  year: 2022,
  language: 'en',
  imageData: null,
  type: 'lecture',
  format: 'article',
  mediaType: 'text/html',
};
const defaults = { language: 'fr' };

describe('filling the resource form from a link preview', () => {
  it('fills every empty field, including type, format and language', () => {
    const values = { ...emptyResourceFormValues(), url: 'https://exemple.fr/article' };
    expect(fillFromPreview(values, preview, defaults)).toEqual({
      title: 'Écrans et sommeil',
      summary: 'Une synthèse.',
      authors: 'Élodie Durand, Loïc Martin',
      publisher: 'Revue',
      year: '2022',
      language: 'en',
      type: 'lecture',
      format: 'article',
    });
  });

  it('never overwrites what the member typed or chose', () => {
    const values = {
      ...emptyResourceFormValues(),
      url: 'https://exemple.fr/article',
      title: 'Mon titre',
      authors: 'Moi',
      language: 'de',
      type: 'lecture',
      format: 'livre',
    };
    const changes = fillFromPreview(values, preview, defaults);
    expect(changes).not.toHaveProperty('title');
    expect(changes).not.toHaveProperty('authors');
    expect(changes).not.toHaveProperty('language');
    expect(changes).not.toHaveProperty('type');
    expect(changes).not.toHaveProperty('format');
    expect(changes.summary).toBe('Une synthèse.');
  });

  it('suggests no format that does not belong to the type the member chose', () => {
    const values = { ...emptyResourceFormValues(), url: 'https://exemple.fr/article', type: 'outil' };
    expect(fillFromPreview(values, preview, defaults)).not.toHaveProperty('format');
  });

  it('replaces a DOI or ISBN typed in the URL field by the address found', () => {
    const values = { ...emptyResourceFormValues(), url: '10.3917/enf1.231.0045' };
    const doi = { ...preview, source: 'doi' as const, url: 'https://doi.org/10.3917/enf1.231.0045' };
    expect(fillFromPreview(values, doi, defaults).url).toBe('https://doi.org/10.3917/enf1.231.0045');
  });
});
