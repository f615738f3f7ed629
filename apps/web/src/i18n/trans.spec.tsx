import { render } from '@testing-library/react';
import type { TranslationKey } from './keys';
import { I18n, type Texts } from './runtime';
import { parseTags, Trans, type TransProps } from './trans';
import { I18nProvider } from './use-translation';

const fr: Texts = {
  signIn: 'Déjà membre\u202f? <0>Connectez-vous</0> ou <1>créez un compte</1>.',
  remove: 'Retirer<hidden> « {{title}} »</hidden> de la liste',
  nested: 'Voir <list>la liste <strong>{{name}}</strong> complète</list><br/>et après',
  items_one: '<strong>{{count}}</strong> ressource',
  items_other: '<strong>{{count}}</strong> ressources',
  unknown: 'Un <mystery>secret</mystery> et <lost/> ici',
  stray: 'Fin</strong> sans début',
};

/** The HTML `<Trans>` renders for one of the texts above. */
function html(props: Omit<TransProps, 'i18nKey'> & { i18nKey: string }) {
  const i18n = new I18n({ resources: { fr }, fallbackLanguage: 'fr', supportedLanguages: ['fr'] });
  i18n.init('fr');
  const { container } = render(
    <I18nProvider i18n={i18n}>
      <Trans {...props} i18nKey={props.i18nKey as TranslationKey} />
    </I18nProvider>,
  );
  return container.innerHTML;
}

describe('<Trans>', () => {
  it('puts the parts of the text in the components given by index', () => {
    expect(html({ i18nKey: 'signIn', components: [<a href="/connexion" />, <a href="/inscription" />] })).toBe(
      'Déjà membre\u202f? <a href="/connexion">Connectez-vous</a> ou <a href="/inscription">créez un compte</a>.',
    );
  });

  it('puts them in the components given by name, with the values filled in', () => {
    expect(
      html({
        i18nKey: 'remove',
        values: { title: 'Les écrans' },
        components: { hidden: <span className="visually-hidden" /> },
      }),
    ).toBe('Retirer<span class="visually-hidden"> « Les écrans »</span> de la liste');
  });

  it('nests components, and renders a self-closing one as it was given', () => {
    expect(
      html({
        i18nKey: 'nested',
        values: { name: 'Écrans' },
        components: { list: <a href="/listes/ecrans" />, strong: <strong />, br: <br /> },
      }),
    ).toBe('Voir <a href="/listes/ecrans">la liste <strong>Écrans</strong> complète</a><br>et après');
  });

  it('picks the plural form from `count` among the values', () => {
    expect(html({ i18nKey: 'items', values: { count: 3 }, components: { strong: <b /> } })).toBe('<b>3</b> ressources');
    expect(html({ i18nKey: 'items', values: { count: 1 }, components: { strong: <b /> } })).toBe('<b>1</b> ressource');
  });

  it('shows a value that looks like markup as text, never as an element', () => {
    expect(
      html({
        i18nKey: 'remove',
        values: { title: '<hidden>x</hidden> & <b>y</b>' },
        components: { hidden: <i /> },
      }),
    ).toBe('Retirer<i> « &lt;hidden&gt;x&lt;/hidden&gt; &amp; &lt;b&gt;y&lt;/b&gt; »</i> de la liste');
  });

  it('shows a tag it has no component for as written, and the key of a missing text', () => {
    expect(html({ i18nKey: 'unknown' })).toBe('Un &lt;mystery&gt;secret&lt;/mystery&gt; et &lt;lost/&gt; ici');
    expect(html({ i18nKey: 'stray', components: { strong: <strong /> } })).toBe('Fin&lt;/strong&gt; sans début');
    expect(html({ i18nKey: 'missing.text' })).toBe('missing.text');
  });
});

describe('parseTags', () => {
  it('cuts a text at its tags, nested or self-closing', () => {
    expect(parseTags('a <x>b <y/> c<z>d</z></x> e')).toEqual([
      'a ',
      { name: 'x', children: ['b ', { name: 'y', children: null }, ' c', { name: 'z', children: ['d'] }] },
      ' e',
    ]);
  });

  it('lets a tag left open take the rest of the text', () => {
    expect(parseTags('a <x>b')).toEqual(['a ', { name: 'x', children: ['b'] }]);
  });
});
