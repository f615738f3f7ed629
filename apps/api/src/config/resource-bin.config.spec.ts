import { loadResourceBinConfig } from './resource-bin.config';

describe('resource bin configuration', () => {
  it('keeps deleted resources 30 days unless told otherwise', () => {
    expect(loadResourceBinConfig({})).toEqual({ retentionDays: 30 });
    expect(loadResourceBinConfig({ RESOURCE_BIN_RETENTION_DAYS: '7' })).toEqual({ retentionDays: 7 });
  });

  it.each(['0', '-3', '2.5', 'trente', '4000'])(
    'stops the boot on RESOURCE_BIN_RETENTION_DAYS=%s, naming it',
    (raw) => {
      expect(() => loadResourceBinConfig({ RESOURCE_BIN_RETENTION_DAYS: raw })).toThrow(
        /RESOURCE_BIN_RETENTION_DAYS doit être un nombre entier de jours entre 1 et 3650/,
      );
    },
  );
});
