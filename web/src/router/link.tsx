import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate, normalisePath, usePathname } from './router';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link to a page of the app. Modified clicks (new tab, download) keep the browser's behaviour. */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainLeftClick(event) || (target && target !== '_self')) return;
    event.preventDefault();
    navigate(to);
  }
  return <a href={to} target={target} onClick={handleClick} {...rest} />;
}

/** A navigation link that marks itself with aria-current when its page is shown. */
export function NavigationLink({ to, ...rest }: LinkProps) {
  const current = usePathname() === normalisePath(to);
  return <Link to={to} aria-current={current ? 'page' : undefined} {...rest} />;
}
