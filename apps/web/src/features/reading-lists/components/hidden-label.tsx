import { Trans } from '../../../i18n/trans';

/** Keys whose visible text is short and whose accessible name also says which item or person it is about. */
type HiddenLabelKey =
  | 'items.read'
  | 'items.moveUp'
  | 'items.moveDown'
  | 'items.editNote'
  | 'items.remove'
  | 'collaborators.remove'
  | 'addToList.open'
  | 'addResources.add';

/** « Monter » on screen, « Monter « Titre » » for assistive technologies (the <hidden> part is visually hidden). */
export function HiddenLabel({ i18nKey, values }: { i18nKey: HiddenLabelKey; values: Record<string, string> }) {
  return (
    <Trans
      i18nKey={`readingLists.${i18nKey}`}
      values={values}
      components={{ hidden: <span className="visually-hidden" /> }}
    />
  );
}
