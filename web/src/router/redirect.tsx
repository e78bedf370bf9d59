import { useEffect } from 'react';
import { navigate } from './router';

/** Replaces the current page with another (no history entry): for pages the user may not see. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}
