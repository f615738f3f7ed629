import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createApolloClient } from './app/apollo-client';
import { createI18n } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App client={createApolloClient()} i18n={createI18n()} />
  </StrictMode>,
);
