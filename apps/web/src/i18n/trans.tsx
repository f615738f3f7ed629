import { cloneElement, Fragment, isValidElement, useMemo, type ReactElement, type ReactNode } from 'react';
import type { TranslationKey } from './keys';
import { interpolate } from './runtime';
import { useTranslation } from './use-translation';

/** A text cut at its tags: `Voir <list>la liste</list>` → ['Voir ', { name: 'list', children: ['la liste'] }]. */
type Part = string | { name: string; children: Part[] | null };

const TAG = /<(\/?)([\w-]+)\s*(\/?)>/g;

/**
 * The parts of a text: `<name>…</name>` (nested or not) and `<name/>`. A closing tag without its opening stays as
 * text, an opening without its closing takes the rest of the text.
 */
export function parseTags(text: string): Part[] {
  const root: Part[] = [];
  const open: { name: string; children: Part[] }[] = [];
  let parts = root;
  let from = 0;
  for (const match of text.matchAll(TAG)) {
    const [tag, closing, name, selfClosing] = match;
    const at = match.index;
    if (closing && open.at(-1)?.name !== name) continue;
    if (at > from) parts.push(text.slice(from, at));
    from = at + tag.length;
    if (closing) {
      open.pop();
      parts = open.at(-1)?.children ?? root;
    } else if (selfClosing) {
      parts.push({ name, children: null });
    } else {
      const element = { name, children: [] };
      parts.push(element);
      open.push(element);
      parts = element.children;
    }
  }
  if (from < text.length) parts.push(text.slice(from));
  return root;
}

type Components = Record<string, ReactElement> | readonly ReactElement[];

function renderParts(parts: Part[], values: object | undefined, components: Components | undefined): ReactNode[] {
  return parts.map((part, index) => {
    if (typeof part === 'string') return interpolate(part, values);
    const component = (components as Record<string, ReactElement> | undefined)?.[part.name];
    const inner = part.children ? renderParts(part.children, values, components) : [];
    if (isValidElement(component))
      return inner.length > 0
        ? cloneElement(component, { key: index }, ...inner)
        : cloneElement(component, { key: index });
    // A tag the text has but no component: shown as written, as react-i18next did.
    return part.children ? (
      <Fragment key={index}>
        {`<${part.name}>`}
        {inner}
        {`</${part.name}>`}
      </Fragment>
    ) : (
      `<${part.name}/>`
    );
  });
}

export interface TransProps {
  i18nKey: TranslationKey;
  /** The text's `{{placeholders}}` (and `count`, which picks the plural form): shown as they are, never as markup. */
  values?: Record<string, unknown>;
  /** What each tag of the text becomes, by name (`{ signin: <Link to="…" /> }`) or by index (`[<strong />]` for `<0>`). */
  components?: Components;
}

/**
 * A text with elements inside: `Déjà membre ? <signin>Connectez-vous</signin>` with `components={{ signin: <Link … /> }}`
 * renders the link around « Connectez-vous ». The tags are cut before the values are filled in, so a value that
 * looks like a tag stays text.
 */
export function Trans({ i18nKey, values, components }: TransProps) {
  // Renders again when the language changes, as every component that translates.
  const { i18n } = useTranslation();
  const text = i18n.text(i18nKey, values);
  const parts = useMemo(() => parseTags(text), [text]);
  return <>{renderParts(parts, values, components)}</>;
}
