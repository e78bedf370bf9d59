import { useEffect, useState } from 'react';

// A message for the next page: after saving on an editor page, the list it returns to says so.
let pending: { path: string; message: string } | undefined;

export function setFlash(path: string, message: string): void {
  pending = { path, message };
}

/** The message left for this page, shown once (read during render, cleared after). */
export function useFlash(path: string): string | undefined {
  const [message] = useState(() => (pending?.path === path ? pending.message : undefined));
  useEffect(() => {
    if (pending?.path === path) pending = undefined;
  }, [path]);
  return message;
}
