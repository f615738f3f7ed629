import { ResourceDraft, validateResourceDraft } from './resource-validation';
import { describeIssue, issueMessage } from './validation-messages';

const valid: ResourceDraft = {
  type: 'outil',
  format: 'jeu',
  title: 'Jeu',
  summary: 'Résumé',
  authors: [],
  language: 'fr',
  visibility: 'network',
  themeSlugs: ['jeux-video'],
  audienceSlugs: ['parents'],
  tags: [],
};

describe('validateResourceDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateResourceDraft(valid)).toEqual([]);
  });

  it.each([
    [{ title: '  ' }, 'title', 'required'],
    [{ title: 'x'.repeat(201) }, 'title', 'maxLength'],
    [{ type: 'podcast' }, 'type', 'oneOf'],
    [{ type: 'lecture', format: 'jeu' }, 'format', 'formatForType'],
    [{ url: 'javascript:alert(1)' }, 'url', 'url'],
    [{ url: 'pas une adresse' }, 'url', 'url'],
    [{ url: 'https://example.org/a>[clic](javascript:alert(1))<' }, 'url', 'url'],
    [{ url: 'https://example.org/deux mots' }, 'url', 'url'],
    [{ url: 'https://example.org/"onmouseover="x' }, 'url', 'url'],
    [{ year: 1700 }, 'year', 'range'],
    [{ year: 2020.5 }, 'year', 'range'],
    [{ durationMinutes: 0 }, 'durationMinutes', 'range'],
    [{ themeSlugs: [] }, 'themeSlugs', 'minItems'],
    [{ audienceSlugs: ['bebes'] }, 'audienceSlugs', 'unknown'],
    [{ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags', 'maxItems'],
    [{ visibility: 'secret' }, 'visibility', 'oneOf'],
  ])('refuses %j on %s (%s)', (override, field, rule) => {
    expect(validateResourceDraft({ ...valid, ...override } as ResourceDraft)).toEqual([
      expect.objectContaining({ field, rule }),
    ]);
  });

  it('reports one issue per field, every field at once', () => {
    const issues = validateResourceDraft({ ...valid, title: '', summary: '', format: '' });
    expect(issues.map((issue) => issue.field).sort()).toEqual(['format', 'summary', 'title']);
  });

  it('words messages in French and English, naming the field', () => {
    expect(describeIssue({ field: 'title', rule: 'required' })).toBe('Titre : ce champ est obligatoire.');
    expect(describeIssue({ field: 'title', rule: 'maxLength', params: { max: 200 } }, 'en')).toBe(
      'Title: at most 200 characters.',
    );
    expect(issueMessage({ field: 'year', rule: 'range', params: { min: 1800, max: 2027 } })).toBe(
      'Indiquez un nombre entier entre 1800 et 2027.',
    );
  });
});
