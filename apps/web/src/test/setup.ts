import { cleanup } from '@testing-library/react';

// Each test starts in French with nothing remembered, as a first visit would.
beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'fr';
});

afterEach(() => {
  cleanup();
});
