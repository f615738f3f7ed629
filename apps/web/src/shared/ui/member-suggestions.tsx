interface Candidate {
  id: string;
  slug: string;
  name: string;
}

interface MemberSuggestionsProps {
  id: string;
  label: string;
  expanded: boolean;
  candidates: readonly Candidate[];
  activeIndex: number;
  optionId: (index: number) => string;
  onChoose: (candidate: Candidate) => void;
  /** Also show « @adresse » after the name (for mentions, which insert it). */
  withSlug?: boolean;
}

/** The listbox of a member combobox (mentions, collaborators): the field keeps the focus, options follow aria-activedescendant. */
export function MemberSuggestions({
  id,
  label,
  expanded,
  candidates,
  activeIndex,
  optionId,
  onChoose,
  withSlug = false,
}: MemberSuggestionsProps) {
  return (
    <ul id={id} role="listbox" aria-label={label} className="suggestions" hidden={!expanded}>
      {expanded &&
        candidates.map((candidate, index) => (
          <li
            key={candidate.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="suggestion"
            // Keep the focus in the field, so choosing by mouse works like choosing by keyboard.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(candidate)}
          >
            <span className="suggestion-title">{candidate.name}</span>
            {withSlug && (
              <>
                {' '}
                <span className="suggestion-detail">@{candidate.slug}</span>
              </>
            )}
          </li>
        ))}
    </ul>
  );
}
