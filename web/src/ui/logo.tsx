import { useId } from 'react';

/** The Baken mark: a lighthouse with its beams, drawn for a dark background. Decorative. */
export function Logo({ className }: { className?: string }) {
  const beam = useId();
  return (
    <svg className={className} viewBox="10 14 80 72" aria-hidden="true" focusable="false">
      <defs>
        <linearGradient id={beam} x1="0" y1="0" x2="1" y2="0">
          <stop offset="0" stopColor="#f5b544" stopOpacity="0" />
          <stop offset="0.5" stopColor="#f5b544" stopOpacity="0.85" />
          <stop offset="1" stopColor="#f5b544" stopOpacity="0" />
        </linearGradient>
      </defs>
      <path d="M50 32 10 21v22zM50 32 90 21v22z" fill={`url(#${beam})`} />
      <path d="M41 28 50 18l9 10z" fill="#f4f7fb" />
      <rect x="44" y="27.5" width="12" height="9.5" fill="#f5b544" />
      <rect x="38.5" y="37" width="23" height="4.5" rx="1" fill="#f4f7fb" />
      {/* The tower in three white bands; the gaps between them let the background through. */}
      <path
        d="M42 41.5h16l1.38 10.5H40.62zM39.83 58h20.34l1.05 8H38.78zM37.99 72h24.02l.99 7.5H37z"
        fill="#f4f7fb"
      />
      <rect x="29" y="79" width="42" height="5" rx="2.5" fill="#f4f7fb" />
    </svg>
  );
}
