import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../api/incidents-api';
import { Link } from '../../../router/link';

export const ROOM_TABS = ['logbook', 'tasks', 'situation', 'team', 'alerts', 'locations', 'chat'] as const;
export type RoomTab = (typeof ROOM_TABS)[number];

/** The parts of this incident's room; chat only when the incident has it. */
export function tabsOf(incident: Incident): RoomTab[] {
  return ROOM_TABS.filter((tab) => tab !== 'chat' || incident.chatEnabled);
}

export function roomTabPath(incidentId: string, tab: RoomTab): string {
  const path = `/incidents/${encodeURIComponent(incidentId)}`;
  return tab === 'logbook' ? path : `${path}?tab=${tab}`;
}

const ICONS: Record<RoomTab, ReactNode> = {
  logbook: <path d="M6 3h12v18H6zM9 7h6M9 11h6M9 15h4" />,
  tasks: <path d="M4 6l2 2 3-3M4 13l2 2 3-3M12 7h8M12 14h8M12 20h8" />,
  situation: (
    <path d="M3 12s3.5-6 9-6 9 6 9 6-3.5 6-9 6-9-6-9-6zM12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z" />
  ),
  team: (
    <path d="M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 5.5a3 3 0 0 1 0 5.5M18 14c2 .8 3 3 3 6" />
  ),
  alerts: <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0M12 3v2" />,
  locations: (
    <path d="M12 21s-6-6.2-6-11a6 6 0 0 1 12 0c0 4.8-6 11-6 11zM12 8a2 2 0 1 0 0 4 2 2 0 0 0 0-4z" />
  ),
  chat: <path d="M4 5h16v11H10l-6 4z" />,
};

/**
 * The room's parts as links (each has its own address, so the back button and a shared link work);
 * the one shown has aria-current. On a phone a bar at the bottom of the screen, beside the panel on
 * a wide screen.
 */
export function RoomTabs({ incident, current }: { incident: Incident; current: RoomTab }) {
  const { t } = useTranslation();
  return (
    <nav className="room-tabs" aria-label={t('incidentRoom.tabsLabel')}>
      <ul>
        {tabsOf(incident).map((tab) => (
          <li key={tab}>
            <Link
              to={roomTabPath(incident.id, tab)}
              className="room-tabs__link"
              aria-current={tab === current ? 'page' : undefined}
            >
              <svg
                className="room-tabs__icon"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
                aria-hidden="true"
                focusable="false"
              >
                {ICONS[tab]}
              </svg>
              <span className="room-tabs__label">
                {tab === 'alerts' ? t('alerts.tab') : t(`incidentRoom.tabs.${tab}`)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
