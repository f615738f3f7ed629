import { useTranslation } from 'react-i18next';
import type { DebriefFieldError } from './use-debrief-form';

/** The message of a debrief field error, in the interface language when it was found here. */
export function useDebriefErrorText() {
  const { t } = useTranslation();
  return (error: DebriefFieldError | undefined): string | undefined => {
    if (error === undefined) return undefined;
    if ('message' in error) return error.message;
    return t(`debriefs.issues.${error.issue.rule}`, { ...error.issue.params });
  };
}
