import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ViewerQuery } from '../../../shared/viewer/viewer.documents';
import { AuditLogQuery } from '../graphql/admin.documents';
import { AUDIT_PAGE_SIZE, AuditLogPage } from './audit-log-page';

const viewerMock = {
  request: { query: ViewerQuery },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        id: '8',
        slug: 'administrateur',
        name: 'Administrateur',
        email: 'admin@example.org',
        role: 'admin',
        title: null,
        organisation: null,
        expertise: [],
      },
    },
  },
};

const entry = (id: string, action: string, subject: string | null, details: string) => ({
  __typename: 'AuditEntry',
  id,
  action,
  actor: 'Administrateur',
  subject,
  details,
  createdAt: '2025-03-12T13:05:00.000Z',
});

function renderPage(entries: ReturnType<typeof entry>[]) {
  return renderWithProviders(
    <MockedProvider
      mocks={
        [
          viewerMock,
          {
            request: { query: AuditLogQuery, variables: { limit: AUDIT_PAGE_SIZE } },
            result: { data: { auditLog: entries } },
          },
        ] as never
      }
    >
      <AuditLogPage />
    </MockedProvider>,
    { route: '/administration/journal' },
  );
}

describe('AuditLogPage', () => {
  it('translates the action and shows the details as key–value text', async () => {
    // As PostgreSQL's jsonb gives them back: shorter keys first.
    renderPage([entry('2', 'role.changed', 'lea-girard', '{"to": "coordinator", "from": "member"}')]);
    const table = await screen.findByRole('table', { name: '1\u00a0action enregistrée' });
    const row = within(table).getByRole('row', { name: /lea-girard/ });
    expect(within(row).getByText('Rôle modifié')).toBeTruthy();
    expect(within(row).getByText('Administrateur')).toBeTruthy();
    expect(within(row).getByRole('rowheader').textContent).toMatch(/^12 mars 2025/);
    const details = within(row)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(details).toEqual(['Avant\u00a0: Membre', 'Après\u00a0: Coordinateur·rice']);
  });

  it('keeps markup in the details as text', async () => {
    const { container } = renderPage([
      entry('3', 'resource.deleted', 'le-jeu', '{"title":"<script>window.hacked = true</script><b>gras</b>"}'),
      entry('1', 'sign-in.failed', 'x@example.org', '<img src=x onerror=alert(1)>'),
    ]);
    const table = await screen.findByRole('table', { name: 'Les 2\u00a0dernières actions enregistrées' });
    expect(within(table).getByText('Ressource supprimée')).toBeTruthy();
    expect(within(table).getByText('Échec de connexion')).toBeTruthy();
    expect(within(table).getByText('Titre : <script>window.hacked = true</script><b>gras</b>')).toBeTruthy();
    expect(within(table).getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('script, b, img')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('names the moderation decisions', async () => {
    renderPage([entry('5', 'comment.hidden', 'c1', '{}'), entry('4', 'comment.restored', 'c2', '{}')]);
    const table = await screen.findByRole('table', { name: 'Les 2\u00a0dernières actions enregistrées' });
    expect(within(table).getByText('Commentaire masqué')).toBeTruthy();
    expect(within(table).getByText('Commentaire rétabli')).toBeTruthy();
  });
});
