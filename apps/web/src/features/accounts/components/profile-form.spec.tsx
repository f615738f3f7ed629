import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { viewer } from '../../../test/viewer-mock';
import { ProfileForm } from './profile-form';

const theme = {
  __typename: 'Theme' as const,
  id: '1',
  slug: 'jeux-video',
  label: 'Jeux vidéo',
  labelEn: 'Video games',
};
const options = { themes: [theme], organisations: [] };
const directory = {
  memberProfile: {
    __typename: 'MemberProfile' as const,
    directory: {
      __typename: 'PersonDirectory' as const,
      audiences: [],
      languages: ['fr'],
      contactThemes: [],
      directoryVisibility: 'members' as const,
      acceptsMessages: true,
    },
  },
  audiences: [{ __typename: 'Audience' as const, slug: 'parents', label: 'Parents', labelEn: 'Parents' }],
};

describe('ProfileForm: the directory part', () => {
  it('sends what the person chooses to show in the directory, members only until they choose public', async () => {
    const onSubmit = jest.fn(async () => undefined);
    renderWithProviders(<ProfileForm viewer={viewer()} options={options} directory={directory} onSubmit={onSubmit} />);
    expect(
      (screen.getByRole('radio', { name: 'Visible des membres du réseau seulement.' }) as HTMLInputElement).checked,
    ).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Visible publiquement dans l’annuaire.' }));
    fireEvent.click(screen.getByRole('group', { name: 'Accepte d’être contacté·e sur' }).querySelector('input')!);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Parents' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'langue des signes française' }));
    // Messages through « Contacter » are accepted until the person refuses them.
    const acceptsMessages = screen.getByRole('checkbox', { name: 'J’accepte d’être contacté·e par les membres' });
    expect((acceptsMessages as HTMLInputElement).checked).toBe(true);
    fireEvent.click(acceptsMessages);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le profil' }));
    });
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        directory: {
          contactThemeSlugs: ['jeux-video'],
          audienceSlugs: ['parents'],
          languages: ['fr', 'lsf'],
          directoryVisibility: 'public',
          acceptsMessages: false,
        },
      }),
    );
  });
});
