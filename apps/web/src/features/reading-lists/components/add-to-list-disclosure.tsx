import { useId } from 'react';
import { AddToReadingList } from './add-to-reading-list';
import { HiddenLabel } from './hidden-label';

interface AddToListDisclosureProps {
  resourceSlug: string;
  /** Said to assistive technologies with the button's text, as several results each have one. */
  resourceTitle: string;
  open: boolean;
  onToggle: () => void;
}

/**
 * « Ajouter à une liste » under a search result: a disclosure button that shows the compact « Ajouter à une liste de
 * lecture » control right below it. The control, and so its query of the member's lists, exists only while open.
 */
export function AddToListDisclosure({ resourceSlug, resourceTitle, open, onToggle }: AddToListDisclosureProps) {
  const buttonId = useId();
  const panelId = useId();
  return (
    <div className="hit-add-to-list">
      <button
        id={buttonId}
        type="button"
        className="button button-secondary button-small"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={onToggle}
      >
        <HiddenLabel i18nKey="addToList.open" values={{ title: resourceTitle }} />
      </button>
      {open && <AddToReadingList variant="compact" resourceSlug={resourceSlug} id={panelId} labelledBy={buttonId} />}
    </div>
  );
}
