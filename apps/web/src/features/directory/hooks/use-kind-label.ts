import { ORGANISATION_KINDS, type OrganisationKind } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';

const isKind = (value: string): value is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(value);

/** How a kind of organisation reads in the interface language (an unknown one as the API sent it). */
export function useKindLabel(): (kind: string, detail?: string | null) => string {
  const { t } = useTranslation();
  return (kind, detail) => {
    const label = isKind(kind) ? t(`directory.kinds.${kind}`) : kind;
    return kind === 'autre' && detail ? `${label} (${detail})` : label;
  };
}
