import { loadExtractionConfig } from './extraction.config';

describe('text extraction configuration', () => {
  it('bounds each file to 2 minutes, 256 MB, 2 million characters and 300 MB decompressed by default', () => {
    expect(loadExtractionConfig({})).toEqual({
      timeoutMs: 120_000,
      maxMemoryMb: 256,
      maxTextChars: 2_000_000,
      maxUncompressedMb: 300,
    });
    expect(loadExtractionConfig({ FILES_EXTRACT_TIMEOUT_MS: '30000', FILES_MAX_UNCOMPRESSED_MB: '50' })).toMatchObject({
      timeoutMs: 30_000,
      maxUncompressedMb: 50,
    });
  });

  it.each([
    ['FILES_EXTRACT_TIMEOUT_MS', '0'],
    ['FILES_EXTRACT_MAX_MEMORY_MB', '64'],
    ['FILES_MAX_TEXT_CHARS', 'beaucoup'],
    ['FILES_MAX_UNCOMPRESSED_MB', '-1'],
  ])('stops the boot on a bad %s, naming it', (variable, raw) => {
    expect(() => loadExtractionConfig({ [variable]: raw })).toThrow(new RegExp(variable));
  });
});
