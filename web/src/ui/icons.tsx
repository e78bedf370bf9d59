import type { ReactNode } from 'react';

export type IconName = 'activity' | 'message' | 'stopwatch' | 'document' | 'shield' | 'device';

const PATHS: Record<IconName, ReactNode> = {
  activity: <path d="M3 12h4l3-8 4 16 3-8h4" />,
  message: <path d="M4 5h16v11H10l-6 4z" />,
  stopwatch: (
    <>
      <circle cx="12" cy="13" r="8" />
      <path d="M12 13V9M9 2h6M18.5 6.5 20 5" />
    </>
  ),
  document: <path d="M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7" />,
  shield: <path d="M12 3l7 3v6c0 4.5-3 7.5-7 9-4-1.5-7-4.5-7-9V6zM9 12l2 2 4-4" />,
  device: <path d="M8 2h8a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM11 18h2" />,
};

/** A simple line icon in the current text colour. Decorative: the text beside it carries the meaning. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
