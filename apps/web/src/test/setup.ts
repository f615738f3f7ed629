import { cleanup } from '@testing-library/react';

// Each test starts in French with nothing remembered, as a first visit would.
beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = 'fr';
});

afterEach(() => {
  cleanup();
  // A test that moved to the fake clock (test/clock.ts) leaves the next one on the real one.
  jest.useRealTimers();
});
