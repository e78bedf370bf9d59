import { useEffect, useState } from 'react';

/**
 * Moves focus once the next render is on screen: to the element with that id, or to the first
 * field inside it. For focus after a form opens or closes, or a row moves, appears or goes.
 */
export function useFocusLater(): (id: string) => void {
  const [target, setTarget] = useState<string>();
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    const control = element?.matches('input, select, textarea, button, a')
      ? element
      : element?.querySelector<HTMLElement>('input, select, textarea');
    (control ?? element)?.focus();
    setTarget(undefined);
  }, [target]);
  return setTarget;
}
