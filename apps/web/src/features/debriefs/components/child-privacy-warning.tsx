import { findChildIdentifiers } from '@culture-commune/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { localeOf } from '../../../shared/format-date';
import { currentLanguage } from '../../../i18n/i18n';

/** How long the text must stay unchanged before it is checked: a warning per pause, not per keystroke. */
export const PRIVACY_CHECK_DELAY_MS = 400;

function useSettledValue(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** The fragments of a text that look like a child's identity ("Léo, 7 ans"), once the person pauses. */
export function useChildIdentifiers(text: string, allowed: readonly string[] = []): string[] {
  const settled = useSettledValue(text, PRIVACY_CHECK_DELAY_MS);
  const allowedKey = allowed.join('\n');
  // Same fragments, same text: React leaves the live region's DOM alone, so nothing is announced again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `allowedKey` stands for `allowed`, often a new array
  return useMemo(() => findChildIdentifiers(settled, { allowed }), [settled, allowedKey]);
}

interface ChildPrivacyWarningProps {
  /** The id of the message, for the field's aria-describedby. */
  id: string;
  fragments: readonly string[];
}

/**
 * A polite, non-blocking warning next to a free-text field: the live region is always there (empty when all is
 * well), so a screen reader reads the warning once when it appears, without interrupting.
 */
export function ChildPrivacyWarning({ id, fragments }: ChildPrivacyWarningProps) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(localeOf(currentLanguage(i18n)), { type: 'conjunction' }).format(
    fragments.map((text) => t('debriefs.quoted', { text })),
  );
  return (
    <div role="status" className="privacy-status">
      {fragments.length > 0 && (
        <p id={id} className="privacy-warning">
          {t('debriefs.privacyWarning', { count: fragments.length, fragments: list })}
        </p>
      )}
    </div>
  );
}
