import type { ComponentType } from 'react';
import type { Messages } from '../i18n/nl';
import { HomePage } from './home-page';
import { LoginPage } from './login-page';
import { StatusPage } from './status-page';

export interface AppRoute {
  path: string;
  Page: ComponentType;
  /** The label under `navigation` in the interface text; routes without one stay out of the menu. */
  navigation?: Exclude<keyof Messages['navigation'], 'label'>;
}

/**
 * The pages of the app, in menu order. A module (incidents, alerting, communication, exercises,
 * plans, administration) gets its menu entry here when its pages exist.
 */
export const ROUTES: readonly AppRoute[] = [
  { path: '/', Page: HomePage, navigation: 'home' },
  { path: '/status', Page: StatusPage, navigation: 'status' },
  { path: '/login', Page: LoginPage },
];

export function findRoute(pathname: string): AppRoute | undefined {
  return ROUTES.find((route) => route.path === pathname);
}
