import { useEffect, useRef } from 'react';

/**
 * An edit form that opens somewhere above or below the row the user clicked comes into view, its
 * first field focused (issue 10 #16). `when` is true while the form edits something.
 */
export function useReveal<T extends HTMLElement>(when: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!when || !ref.current) return;
    ref.current.scrollIntoView({ block: 'nearest' });
    ref.current.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
  }, [when]);
  return ref;
}
