import { useTranslation } from '../../i18n/use-translation';
import type { KnowledgeEvidenceFieldsFragment } from '../../generated/graphql';

/** The reasons, as short phrases: « Expertise déclarée », « 3 retours d’atelier sur ce thème », « 2 listes »… */
export function useEvidencePhrases() {
  const { t } = useTranslation();
  return (evidence: KnowledgeEvidenceFieldsFragment): string[] =>
    [
      evidence.declaredExpertise ? t('directory.evidence.declared') : null,
      evidence.debriefs > 0 ? t('directory.evidence.debriefs', { count: evidence.debriefs }) : null,
      evidence.resources > 0 ? t('directory.evidence.resources', { count: evidence.resources }) : null,
      evidence.lists > 0 ? t('directory.evidence.lists', { count: evidence.lists }) : null,
    ].filter((phrase): phrase is string => phrase !== null);
}

/** Why a person is listed for a theme, as a list of reasons. */
export function KnowledgeEvidence({ evidence, label }: { evidence: KnowledgeEvidenceFieldsFragment; label: string }) {
  const phrases = useEvidencePhrases()(evidence);
  if (phrases.length === 0) return null;
  return (
    <ul className="evidence-list" aria-label={label}>
      {phrases.map((phrase) => (
        <li key={phrase}>{phrase}</li>
      ))}
    </ul>
  );
}
