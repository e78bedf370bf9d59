import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/api-types';
import { NavigationLink } from '../router/link';
import { navigate, usePathname } from '../router/router';
import { type AccountMenuLabel, ROUTES } from '../routes/routes';
import { LOGIN_PATH } from '../session/route-access';
import { useSession } from '../session/session-context';

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/** The account menu's links in one section, in route order, without pages the user may not open. */
function menuEntries(
  user: Me,
  operatorStaff: boolean,
  section: 'account' | 'admin' | 'platform',
): { path: string; label: AccountMenuLabel }[] {
  return ROUTES.flatMap((route) =>
    route.accountMenu?.section === section &&
    (route.access !== 'admin' || user.role === 'admin') &&
    (route.access !== 'operator' || operatorStaff)
      ? [{ path: route.path, label: route.accountMenu.label }]
      : [],
  );
}

/**
 * The signed-in user's name, opening a panel with their own pages, the organisation's pages
 * ("Beheer" for admins) and signing out. A disclosure, not an ARIA menu: plain links and a
 * button, reached with Tab; Escape and a click elsewhere close it.
 */
export function AccountMenu({ user }: { user: Me }) {
  const { t } = useTranslation();
  const { signOut, operatorStaff = false } = useSession();
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const accountId = useId();
  const adminId = useId();
  const platformId = useId();

  // A page change (a link in the panel, or the browser's back button) closes the panel.
  const shownFor = useRef(pathname);
  if (shownFor.current !== pathname) {
    shownFor.current = pathname;
    if (open) setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    // Tabbing past the last link closes the panel too.
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !container.current?.contains(next)) setOpen(false);
    };
    const element = container.current;
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    element?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
      element?.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  async function handleSignOut() {
    setOpen(false);
    await signOut();
    navigate(LOGIN_PATH);
  }

  // Until the required second factor is set up, signing out is the only way anywhere else.
  const limited = user.secondFactorSetupRequired;
  const sections = [
    {
      id: accountId,
      heading: t('accountMenu.account'),
      entries: menuEntries(user, operatorStaff, 'account'),
    },
    {
      id: adminId,
      heading: user.role === 'admin' ? t('accountMenu.admin') : t('accountMenu.organisation'),
      entries: menuEntries(user, operatorStaff, 'admin'),
    },
    {
      id: platformId,
      heading: t('accountMenu.platform'),
      entries: menuEntries(user, operatorStaff, 'platform'),
    },
  ].filter((section) => section.entries.length > 0);

  return (
    <div className="account-menu" ref={container}>
      <button
        ref={button}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="account-menu__initials" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="account-menu__name">{user.name}</span>
        <svg className="account-menu__caret" viewBox="0 0 12 8" aria-hidden="true" focusable="false">
          <path d="M1 1.5 6 6.5l5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">
          <span className="account-menu__who-name">{user.name}</span>
          <span className="account-menu__who-organisation">{user.organisationName}</span>
        </p>
        {limited ? null : (
          <nav aria-label={t('accountMenu.label')}>
            {sections.map((section) => (
              <div key={section.id}>
                <p id={section.id} className="account-menu__heading">
                  {section.heading}
                </p>
                <ul aria-labelledby={section.id}>
                  {section.entries.map((entry) => (
                    <li key={entry.path}>
                      {/* Closes also when the link is to the page already shown. */}
                      <NavigationLink to={entry.path} onClick={() => setOpen(false)}>
                        {t(`accountMenu.items.${entry.label}`)}
                      </NavigationLink>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
        )}
        <button type="button" className="account-menu__sign-out" onClick={() => void handleSignOut()}>
          {t('accountMenu.signOut')}
        </button>
      </div>
    </div>
  );
}
