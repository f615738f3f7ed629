import { useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate, useParams } from 'react-router';
import { isNotFound } from '../../../shared/graphql-errors';
import { useDocumentTitle } from '../../../shared/use-document-title';
import type { ResourceInput } from '../../../generated/graphql';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { useViewer } from '../../../shared/viewer/use-viewer';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { ResourceForm, type ResourceFormSlots } from '../components/resource-form';
import { ResourceNotFound } from '../../../shared/ui/resource-not-found';
import { ResourceFormOptionsQuery, ResourceQuery } from '../graphql/resource.documents';
import { formValuesFromResource } from '../hooks/resource-form-values';
import { useUpdateResource } from '../hooks/use-resource-mutations';
import { useLinkTools } from '../hooks/link-tools';
import { paths } from '../../../shared/paths';

/** `slots`: what other features add to the form (its files); without them, files are left unchanged. */
export function EditResourcePage({ slots }: { slots?: ResourceFormSlots }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const resourceQuery = useQuery(ResourceQuery, { variables: { slug } });
  const options = useQuery(ResourceFormOptionsQuery);
  const [updateResource] = useUpdateResource();
  const linkTools = useLinkTools();
  const { viewer } = useViewer();
  const resource = resourceQuery.data?.resource;
  const notFound = isNotFound(resourceQuery.error);
  useDocumentTitle(resource ? t('form.editDocumentTitle', { title: resource.title }) : t('form.editTitle'));

  // A visitor cannot see a network resource: sign in first (RequireViewer below), then see if it exists.
  if (notFound && viewer) return <ResourceNotFound />;

  const save = async (input: ResourceInput) => {
    const { data } = await updateResource({ variables: { slug: resource?.slug ?? slug, input } });
    if (data) await navigate(paths.resource(data.updateResource.slug));
  };
  const failed = (resourceQuery.error && !resource) || (options.error && !options.data);
  const retry = () => {
    void resourceQuery.refetch();
    void options.refetch();
  };

  return (
    <div className="form-page">
      <h1>{t('form.editTitle')}</h1>
      <RequireViewer>
        {() =>
          resource && options.data ? (
            <ResourceForm
              key={resource.id}
              initialValues={formValuesFromResource(resource)}
              options={options.data}
              onSubmit={save}
              cancelTo={paths.resource(resource.slug)}
              linkTools={linkTools}
              slug={resource.slug}
              slots={slots}
              initialFiles={resource.files}
            />
          ) : failed ? (
            <LoadError text={t('resource.error')} onRetry={retry} />
          ) : (
            <LoadingMessage text={t('common.loading')} />
          )
        }
      </RequireViewer>
    </div>
  );
}
