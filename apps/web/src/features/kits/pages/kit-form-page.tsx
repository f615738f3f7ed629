import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from '../../../i18n/use-translation';
import { useNavigate, useParams } from 'react-router';
import { paths } from '../../../shared/paths';
import { LoadError, LoadingMessage } from '../../../shared/ui/query-status';
import { useDocumentTitle } from '../../../shared/use-document-title';
import { RequireViewer } from '../../../shared/viewer/require-viewer';
import { KitForm, toKitInput, type KitFormValues } from '../components/kit-form';
import { CreateKitMutation, KitQuery, UpdateKitMutation } from '../graphql/kits.documents';

/** `/malles/nouvelle`: a kit of the viewer's organisation (admins: any organisation). */
export function CreateKitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CreateKitMutation, { refetchQueries: ['Kits'] });
  useDocumentTitle(t('kits.form.createTitle'));
  return (
    <RequireViewer>
      {(viewer) => (
        <KitForm
          title={t('kits.form.createTitle')}
          initial={{
            name: '',
            organisationSlug: viewer.organisation?.slug ?? '',
            description: '',
            items: [{ label: '', quantity: 1 }],
            conditionNotes: '',
            pickupPlace: '',
            loanConditions: '',
            resources: '',
          }}
          onSave={async (values) => {
            const result = await create({ variables: { input: toKitInput(values) } });
            if (result.data) void navigate(paths.kit(result.data.createKit.slug));
          }}
        />
      )}
    </RequireViewer>
  );
}

/** `/malles/<slug>/modifier`: for the owner organisation's members and admins (the API says FORBIDDEN to others). */
export function EditKitPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(KitQuery, { variables: { slug } });
  const [update] = useMutation(UpdateKitMutation, { refetchQueries: ['Kit', 'Kits'] });
  const kit = data?.kit;
  useDocumentTitle(kit ? t('kits.form.editTitle', { name: kit.name }) : undefined);
  if (error && !kit) return <LoadError text={t('kits.page.loadError')} onRetry={() => void refetch()} />;
  if (!kit) return <LoadingMessage text={t('kits.page.loading')} />;
  const initial: KitFormValues = {
    name: kit.name,
    organisationSlug: kit.organisation.slug,
    description: kit.description,
    items: kit.items.map((item) => ({ label: item.label, quantity: item.quantity })),
    conditionNotes: kit.conditionNotes,
    pickupPlace: kit.pickupPlace,
    loanConditions: kit.loanConditions,
    resources: kit.resources.map((resource) => resource.slug).join(', '),
  };
  return (
    <KitForm
      title={t('kits.form.editTitle', { name: kit.name })}
      initial={initial}
      onSave={async (values) => {
        await update({ variables: { slug, input: toKitInput(values) } });
        void navigate(paths.kit(slug));
      }}
    />
  );
}
