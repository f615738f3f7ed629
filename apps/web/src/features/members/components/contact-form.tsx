import { useMutation } from '@apollo/client/react';
import { CONTACT_LIMITS, issueMessage, validateContactMessage, type ValidationIssue } from '@culture-commune/shared';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useLabels } from '../../../i18n/use-labels';
import { useForm } from '../../../shared/forms/use-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { TextField } from '../../../shared/ui/form-controls';
import { ContactMemberMutation } from '../graphql/members.documents';

const EMPTY = { subject: '', message: '' };
const FIELDS = ['subject', 'message'] as const;

/**
 * « Contacter »: a subject (optional) and a message, mailed to the person by the platform with the sender's address in
 * Reply-To (their answer comes straight back); the same rules as the API (validateContactMessage).
 */
export function ContactForm({ memberSlug, name }: { memberSlug: string; name: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [sent, setSent] = useState(false);
  const [contact] = useMutation(ContactMemberMutation);
  const form = useForm<typeof EMPTY, ValidationIssue>({
    initialValues: EMPTY,
    fields: FIELDS,
    label: (field) => t(`person.contact.fields.${field}`),
    issueText: (issue) => issueMessage(issue, labels.language),
    validate: (values) => Object.fromEntries(validateContactMessage(values).map((issue) => [issue.field, issue])),
    onSubmit: async (values) => {
      setSent(false);
      await contact({
        variables: { input: { memberSlug, subject: values.subject.trim() || null, message: values.message.trim() } },
      });
      form.reset(EMPTY);
      setSent(true);
    },
  });
  return (
    <form className="account-form contact-form" noValidate onSubmit={(event) => void form.submit(event)}>
      <ErrorSummary {...form.summary} failureTitle={t('person.contact.failed')} headingLevel={3} />
      <p role="status" className={sent ? 'notice notice-success' : 'visually-hidden'}>
        {sent ? t('person.contact.sent', { name }) : ''}
      </p>
      <TextField
        {...form.bind('subject')}
        hint={t('person.contact.hints.subject', { max: CONTACT_LIMITS.subjectMax })}
      />
      <TextField
        {...form.bind('message')}
        required
        multiline
        rows={6}
        hint={t('person.contact.hints.message', { max: CONTACT_LIMITS.messageMax })}
      />
      <p className="field-hint">{t('person.contact.privacy', { name })}</p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? t('person.contact.submitting') : t('person.contact.submit')}
        </button>
      </div>
    </form>
  );
}
