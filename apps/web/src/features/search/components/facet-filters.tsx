import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { SearchResourcesQuery } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import { FACET_KEYS, type FacetKey, type SearchFilterState } from '../hooks/search-url';
import { FacetGroup, type FacetOption } from '../../../shared/ui/facet-group';
import { useThemeLabel } from '../../../shared/use-theme-label';

type Facets = SearchResourcesQuery['search']['facets'];

/** The width from which filters and results sit side by side (as in styles.css). */
const WIDE_SCREEN = '(min-width: 56rem)';

interface FacetFiltersProps {
  facets: Facets | undefined;
  selected: SearchFilterState;
  onToggle: (key: FacetKey, value: string) => void;
  onTestedInField: (tested: boolean) => void;
}

/** The label to show for a facet value: coded values are translated, the others come from the API. */
export function useFacetLabel() {
  const labels = useLabels();
  const themeLabel = useThemeLabel();
  return (key: FacetKey, value: string, apiLabel: string | undefined): string => {
    switch (key) {
      case 'types':
        return labels.type(value);
      case 'formats':
        return labels.format(value);
      case 'languages':
        return labels.resourceLanguage(value);
      case 'audiences':
        return labels.audience(value, apiLabel ?? value);
      case 'themes':
        return themeLabel({ slug: value, label: apiLabel ?? value });
      default:
        return apiLabel ?? value;
    }
  };
}

export function FacetFilters({ facets, selected, onToggle, onTestedInField }: FacetFiltersProps) {
  const { t } = useTranslation();
  // On a narrow screen the filters start folded, so the results come first; they can be opened. Folded, their ~200
  // elements are not rendered at all: a phone's first render is the results alone (issue 16), the filters come on
  // the tap that opens them.
  const [open, setOpen] = useState(
    () => typeof window.matchMedia !== 'function' || window.matchMedia(WIDE_SCREEN).matches,
  );

  return (
    <details className="facets" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h2>{t('search.filtersTitle')}</h2>
      </summary>
      {open ? (
        <FacetChoices facets={facets} selected={selected} onToggle={onToggle} onTestedInField={onTestedInField} />
      ) : null}
    </details>
  );
}

/** The panel's content: the « tested in the field » choice and a group per facet. */
function FacetChoices({ facets, selected, onToggle, onTestedInField }: FacetFiltersProps) {
  const { t } = useTranslation();
  const testedId = useId();
  const facetLabel = useFacetLabel();

  const optionsFor = (key: FacetKey): FacetOption[] => {
    // As the API orders them (most used first); for tags, only the most used (`tags(first: 15)` in the query).
    const values = facets?.[key] ?? [];
    const options = values.map((v) => ({ value: v.value, label: facetLabel(key, v.value, v.label), count: v.count }));
    // A chosen value that no longer matches anything stays visible, so it can be unchecked.
    for (const value of selected[key]) {
      if (!options.some((o) => o.value === value))
        options.push({ value, label: facetLabel(key, value, undefined), count: 0 });
    }
    return options;
  };

  return (
    <>
      <div className="facet-toggle">
        <input
          id={testedId}
          type="checkbox"
          checked={selected.testedInField}
          aria-describedby={`${testedId}-hint`}
          onChange={(event) => onTestedInField(event.target.checked)}
        />
        <label htmlFor={testedId}>{t('search.testedInField')}</label>
        <p id={`${testedId}-hint`} className="choice-hint">
          {t('search.testedInFieldHint')}
        </p>
      </div>
      {FACET_KEYS.map((key) => (
        <FacetGroup
          key={key}
          legend={t(`search.facets.${key}`)}
          options={optionsFor(key)}
          selected={selected[key]}
          onToggle={(value) => onToggle(key, value)}
        />
      ))}
    </>
  );
}
