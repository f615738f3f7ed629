import { act, startTransition } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The API paints a visitor's first page as static HTML inside #root (apps/api/src/web-app-shell.ts); main.tsx renders
 * into that same element without hydrating. React must then replace the static markup, not render beside it.
 */
describe('the first render over the HTML painted by the server', () => {
  it('replaces the static markup of #root, rendered in a transition as main.tsx does, without a warning', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML =
      '<div class="app"><header class="site-header"></header><main><h1>Titre du serveur</h1><p class="lead">Résumé</p></main></div>';
    document.body.append(root);
    const error = jest.spyOn(console, 'error');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React's act flag for a test environment
    (globalThis as any).IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => {
      startTransition(() => createRoot(root).render(<h1>Titre de l’app</h1>));
    });
    expect(root.innerHTML).toBe('<h1>Titre de l’app</h1>');
    expect(error).not.toHaveBeenCalled();
    root.remove();
  });
});
