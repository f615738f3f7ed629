import { act, renderHook } from '@testing-library/react';
import { useSearchInput } from './use-search-input';

describe('useSearchInput', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('commits what was typed once typing pauses for 150 ms, trimmed', () => {
    const commit = jest.fn();
    const { result } = renderHook(() => useSearchInput('', commit));
    act(() => result.current.onChange('ecr'));
    act(() => result.current.onChange('ecrans '));
    act(() => jest.advanceTimersByTime(149));
    expect(commit).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith('ecrans');
    expect(result.current.value).toBe('ecrans ');
  });

  it('follows the URL when it changes from elsewhere (back button)', () => {
    const { result, rerender } = renderHook(({ q }) => useSearchInput(q, jest.fn()), { initialProps: { q: 'infox' } });
    expect(result.current.value).toBe('infox');
    rerender({ q: 'jeux video' });
    expect(result.current.value).toBe('jeux video');
  });

  it('does not overwrite what is still being typed when its own commit reaches the URL', () => {
    const commit = jest.fn();
    const { result, rerender } = renderHook(({ q }) => useSearchInput(q, commit), { initialProps: { q: '' } });
    act(() => result.current.onChange('ecrans'));
    act(() => jest.advanceTimersByTime(150));
    act(() => result.current.onChange('ecrans pet'));
    rerender({ q: 'ecrans' });
    expect(result.current.value).toBe('ecrans pet');
  });

  it('replaces the text at once and drops the pending commit (a suggestion was chosen)', () => {
    const commit = jest.fn();
    const { result, rerender } = renderHook(({ q }) => useSearchInput(q, commit), { initialProps: { q: '' } });
    act(() => result.current.onChange('jeux vid'));
    act(() => result.current.replace(''));
    expect(result.current.value).toBe('');
    act(() => jest.advanceTimersByTime(500));
    expect(commit).not.toHaveBeenCalled();
    // The URL the caller wrote is not taken for a change from elsewhere.
    rerender({ q: '' });
    expect(result.current.value).toBe('');
  });
});
