import { Route, Routes } from 'react-router';
import { CreateResourcePage } from '../features/resources/pages/create-resource-page';
import { EditResourcePage } from '../features/resources/pages/edit-resource-page';
import { ResourcePage } from '../features/resources/pages/resource-page';
import { SearchPage } from '../features/search/pages/search-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SearchPage />} />
        <Route path="ressources/nouvelle" element={<CreateResourcePage />} />
        <Route path="ressources/:slug" element={<ResourcePage />} />
        <Route path="ressources/:slug/modifier" element={<EditResourcePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
