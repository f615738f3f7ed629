import { useTranslation } from '../../../i18n/use-translation';
import type { DebriefInput } from '../../../generated/graphql';
import { useForm } from '../../../shared/forms/use-form';
import { DEBRIEF_FIELDS, toDebriefInput, validateDebrief, type DebriefFormValues } from './debrief-form-values';

/**
 * The debrief form's useForm: its own rules (messages in `debriefs.issues`), a missing value reported as
 * soon as a field loses focus, and every API issue shown on the field it names.
 */
export function useDebriefForm(
  initialValues: DebriefFormValues,
  onSubmit: (input: DebriefInput) => Promise<void>,
  /** Names that are not children's (the viewer, the tool's authors): the API allows at least these. */
  allowedNames: readonly string[] = [],
) {
  const { t } = useTranslation();
  // The problems of the form, by field; the API checks the same and has the last word.
  const validate = (values: DebriefFormValues) =>
    Object.fromEntries(
      validateDebrief(values, new Date(), { allowed: allowedNames }).map((issue) => [issue.field, issue]),
    );
  return useForm({
    initialValues,
    fields: DEBRIEF_FIELDS,
    groups: ['rating'],
    label: (field) => t(`debriefs.fields.${field}`),
    validate,
    issueText: (issue) => t(`debriefs.issues.${issue.rule}`, { ...issue.params }),
    onSubmit: (values) => onSubmit(toDebriefInput(values)),
    // The API names input fields as the form does; it may prefix them with the argument ("input.rating").
    serverField: (field) => field.replace(/^input\./, ''),
    requiredOnBlur: true,
  });
}
