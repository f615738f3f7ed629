import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { ResourceInput } from '../../../generated/graphql';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { ResourceForm, type ResourceFormSlots } from '../components/resource-form';
import { ResourceFormOptionsQuery } from '../graphql/resource.documents';
import { emptyResourceFormValues } from '../hooks/resource-form-values';
import { useCreateResource } from '../hooks/use-resource-mutations';
import { useLinkTools } from '../hooks/link-tools';
import { paths } from '../../../shared/paths';

/** `slots`: what other features add to the form (its files); without them, the form has none. */
export function CreateResourcePage({ slots }: { slots?: ResourceFormSlots }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('form.createTitle'));
  const options = useQuery(ResourceFormOptionsQuery);
  const [createResource] = useCreateResource();
  const linkTools = useLinkTools();

  const save = async (input: ResourceInput) => {
    const { data } = await createResource({ variables: { input } });
    if (data) await navigate(paths.resource(data.createResource.slug));
  };

  return (
    <div className="form-page">
      <h1>{t('form.createTitle')}</h1>
      {/* Sharing needs an account: visitors go to the sign-in page, and come back here afterwards. */}
      <RequireViewer>
        {() =>
          options.data ? (
            <ResourceForm
              initialValues={emptyResourceFormValues()}
              options={options.data}
              onSubmit={save}
              cancelTo="/"
              linkTools={linkTools}
              slots={slots}
            />
          ) : options.error ? (
            <LoadError text={t('form.optionsError')} onRetry={() => void options.refetch()} />
          ) : (
            <LoadingMessage text={t('common.loading')} />
          )
        }
      </RequireViewer>
    </div>
  );
}
