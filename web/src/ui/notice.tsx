import { type ReactNode, useEffect, useRef } from 'react';

interface NoticeProps {
  tone: 'success' | 'info' | 'warning' | 'error';
  children: ReactNode;
  title?: string;
  /** Move focus here when it appears: for a result that replaces the form the user was in. */
  focus?: boolean;
  className?: string;
}

/**
 * A coloured box with a message. Success and info are polite status messages; errors are alerts.
 * Render it empty-handed (`children` null) rather than not at all when its text comes and goes, so
 * screen readers notice the change.
 */
export function Notice({ tone, children, title, focus = false, className }: NoticeProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);
  return (
    <div
      ref={box}
      className={`notice notice--${tone}${className ? ` ${className}` : ''}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={focus ? -1 : undefined}
    >
      {title ? <p className="notice__title">{title}</p> : null}
      {children}
    </div>
  );
}

/** A live region that is always there, so a message that appears later is announced. */
export function StatusMessage({ message }: { message: string | undefined }) {
  return (
    <div role="status" className={message ? 'notice notice--success' : 'status-message--empty'}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
