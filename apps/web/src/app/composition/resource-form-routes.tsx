import { FilesField } from '../../features/files/components/files-field';
import type { ResourceFormSlots } from '../../features/resources/components/resource-form';
import { CreateResourcePage } from '../../features/resources/pages/create-resource-page';
import { EditResourcePage } from '../../features/resources/pages/edit-resource-page';

/** The parts of other features in the resource form (see search-slots.tsx). */
export const resourceFormSlots: ResourceFormSlots = {
  files: (props) => <FilesField {...props} />,
};

/** `/ressources/nouvelle`, loaded on demand with its slots. */
export function CreateResourceRoute() {
  return <CreateResourcePage slots={resourceFormSlots} />;
}

/** `/ressources/:slug/modifier`, loaded on demand with its slots. */
export function EditResourceRoute() {
  return <EditResourcePage slots={resourceFormSlots} />;
}
