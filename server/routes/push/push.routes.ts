import type { AppDependencies } from '../../http/app-env.js';
import { createRouter } from '../openapi-router.js';

export function pushRoutes(_deps: AppDependencies) {
  return createRouter();
}
