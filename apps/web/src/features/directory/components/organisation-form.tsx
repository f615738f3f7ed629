import { useQuery } from '@apollo/client/react';
import { issueMessage, ORGANISATION_KINDS, validateOrganisation, type ValidationIssue } from '@culture-commune/shared';
import { useTranslation } from '../../../i18n/use-translation';
import type { DirectoryOrganisationFieldsFragment, OrganisationInput } from '../../../generated/graphql';
import { useLabels } from '../../../i18n/use-labels';
import { useForm } from '../../../shared/forms/use-form';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { ChoiceGroup, SelectField, TextField } from '../../../shared/ui/form-controls';
import { OrganisationsAdminQuery } from '../graphql/directory.documents';
import { useKindLabel } from '../hooks/use-kind-label';

const FIELDS = [
  'name',
  'kind',
  'kindDetail',
  'city',
  'neighbourhood',
  'priorityNeighbourhood',
  'audienceSlugs',
  'description',
  'website',
  'publicContact',
] as const;

export interface OrganisationValues {
  name: string;
  kind: string;
  kindDetail: string;
  city: string;
  neighbourhood: string;
  priorityNeighbourhood: string[];
  audienceSlugs: string[];
  description: string;
  website: string;
  publicContact: string;
}

export const emptyOrganisation: OrganisationValues = {
  name: '',
  kind: '',
  kindDetail: '',
  city: '',
  neighbourhood: '',
  priorityNeighbourhood: [],
  audienceSlugs: [],
  description: '',
  website: '',
  publicContact: '',
};

export function organisationValues(organisation: DirectoryOrganisationFieldsFragment): OrganisationValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    kindDetail: organisation.kindDetail ?? '',
    city: organisation.city ?? '',
    neighbourhood: organisation.neighbourhood ?? '',
    priorityNeighbourhood: organisation.priorityNeighbourhood ? ['yes'] : [],
    audienceSlugs: organisation.audiences.map((audience) => audience.slug),
    description: organisation.description ?? '',
    website: organisation.website ?? '',
    publicContact: organisation.publicContact ?? '',
  };
}

const orNull = (value: string) => value.trim() || null;

export function organisationInput(values: OrganisationValues): OrganisationInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    kindDetail: values.kind === 'autre' ? orNull(values.kindDetail) : null,
    city: orNull(values.city),
    neighbourhood: orNull(values.neighbourhood),
    priorityNeighbourhood: values.priorityNeighbourhood.includes('yes'),
    audienceSlugs: values.audienceSlugs,
    description: orNull(values.description),
    website: orNull(values.website),
    publicContact: orNull(values.publicContact),
  };
}

/** The API names the kind `organisationKind` in its issues (`kind` is a follow's kind there). */
const formField = (field: string) => (field === 'organisationKind' ? 'kind' : field);

interface OrganisationFormProps {
  initialValues: OrganisationValues;
  submitLabel: string;
  submittingLabel: string;
  failureTitle: string;
  onSubmit: (input: OrganisationInput) => Promise<void>;
  onCancel?: () => void;
  ariaLabel: string;
}

/** Creating or editing an organisation: the same fields and rules as the API (validateOrganisation). */
export function OrganisationForm(props: OrganisationFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const kindLabel = useKindLabel();
  const { data } = useQuery(OrganisationsAdminQuery);
  const form = useForm<OrganisationValues, ValidationIssue>({
    initialValues: props.initialValues,
    fields: FIELDS,
    groups: ['priorityNeighbourhood', 'audienceSlugs'],
    label: (field) => t(`organisationsAdmin.fields.${field}`),
    issueText: (issue) => issueMessage(issue, labels.language),
    serverField: (field) => ((FIELDS as readonly string[]).includes(formField(field)) ? formField(field) : undefined),
    validate: (values) =>
      Object.fromEntries(
        validateOrganisation(organisationInput(values)).map((issue) => [formField(issue.field), issue]),
      ),
    onSubmit: (values) => props.onSubmit(organisationInput(values)),
  });
  const group = (name: 'priorityNeighbourhood' | 'audienceSlugs') => ({
    ...form.field(name),
    selected: form.values[name],
    onChange: (selected: string[]) => form.setValue(name, selected),
  });
  return (
    <form
      className="account-form"
      noValidate
      aria-label={props.ariaLabel}
      onSubmit={(event) => void form.submit(event)}
    >
      <ErrorSummary {...form.summary} failureTitle={props.failureTitle} />
      <TextField {...form.bind('name')} required />
      <SelectField
        {...form.bind('kind')}
        required
        placeholder={t('organisationsAdmin.choose')}
        choices={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
      />
      {form.values.kind === 'autre' && (
        <TextField {...form.bind('kindDetail')} hint={t('organisationsAdmin.kindDetailHint')} />
      )}
      <TextField {...form.bind('city')} autoComplete="address-level2" />
      <TextField {...form.bind('neighbourhood')} />
      <ChoiceGroup
        {...group('priorityNeighbourhood')}
        kind="checkbox"
        choices={[{ value: 'yes', label: t('organisationsAdmin.qpvChoice') }]}
      />
      <ChoiceGroup
        {...group('audienceSlugs')}
        kind="checkbox"
        choices={(data?.audiences ?? []).map((audience) => ({
          value: audience.slug,
          label: labels.audience(audience.slug, audience.label),
        }))}
      />
      <TextField {...form.bind('description')} multiline rows={3} />
      <TextField {...form.bind('website')} type="url" />
      <TextField {...form.bind('publicContact')} hint={t('organisationsAdmin.publicContactHint')} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={form.submitting}>
          {form.submitting ? props.submittingLabel : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button button-secondary" onClick={props.onCancel}>
            {t('organisationsAdmin.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
