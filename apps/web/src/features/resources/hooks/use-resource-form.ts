import { FORMATS_BY_TYPE, issueMessage, validateResourceDraft, type ResourceType } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import type { ResourceInput } from '../../../generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { useForm } from '../../../shared/forms/use-form';
import {
  draftFromValues,
  FORM_FIELDS,
  toResourceInput,
  type FormField,
  type ResourceFormValues,
} from './resource-form-values';

const GROUP_FIELDS: readonly FormField[] = ['themeSlugs', 'audienceSlugs', 'visibility'];

/** The problems of the form, by the shared rules (the API applies the same ones). */
const validate = (values: ResourceFormValues) =>
  Object.fromEntries(validateResourceDraft(draftFromValues(values)).map((issue) => [issue.field, issue]));

/** A format belongs to one type: changing the type drops a format that no longer fits. */
function adjust(next: ResourceFormValues, field: FormField): ResourceFormValues {
  if (field !== 'type') return next;
  const formats = FORMATS_BY_TYPE[next.type as ResourceType] ?? [];
  return formats.includes(next.format) ? next : { ...next, format: '' };
}

/**
 * The resource form's useForm: the shared rules, the format and duration checked again when the type
 * changes, and a missing value reported as soon as a field loses focus. Every API issue is shown on the
 * field it names.
 */
export function useResourceForm(initialValues: ResourceFormValues, onSubmit: (input: ResourceInput) => Promise<void>) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useForm({
    initialValues,
    fields: FORM_FIELDS,
    groups: GROUP_FIELDS,
    label: (field) => t(`form.fields.${field}`),
    validate,
    issueText: (issue) => issueMessage(issue, language),
    onSubmit: (values) => onSubmit(toResourceInput(draftFromValues(values))),
    serverField: (field) => field,
    dependents: (field) => (field === 'type' ? ['format', 'durationMinutes'] : []),
    adjust,
    requiredOnBlur: true,
  });
}
