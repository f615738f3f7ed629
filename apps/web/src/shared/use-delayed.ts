import { useEffect, useState } from 'react';

/** Answers under this long show no « Chargement… »: a flash of text is worse than a moment of stillness. */
export const LOADING_DELAY_MS = 300;

/** True once `active` has stayed true for `ms` milliseconds; false again as soon as it is not. */
export function useDelayed(active: boolean, ms = LOADING_DELAY_MS): boolean {
  const [elapsed, setElapsed] = useState(false);
  const [wasActive, setWasActive] = useState(active);
  // A new wait starts from nothing (state adjusted while rendering, as React recommends, not in an effect).
  if (active !== wasActive) {
    setWasActive(active);
    setElapsed(false);
  }
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setElapsed(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return active && elapsed;
}
