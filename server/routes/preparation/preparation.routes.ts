import type { AppDependencies } from '../../http/app-env.js';
import { createRouter } from '../openapi-router.js';
import { locationRoutes } from './locations.routes.js';
import { logbookSetupRoutes } from './logbook-setup.routes.js';
import { roleRoutes } from './roles.routes.js';
import { situationTemplateRoutes } from './situation-templates.routes.js';
import { teamTemplateRoutes } from './team-templates.routes.js';
import { teamRoutes } from './teams.routes.js';

/**
 * Preparation ("beheer"): what an organisation sets up before a crisis. Every member may read it;
 * changing it is admin work. Scenarios live in routes/incident-templates/.
 */
export function preparationRoutes(deps: AppDependencies) {
  return createRouter()
    .route('/', roleRoutes(deps))
    .route('/', teamRoutes(deps))
    .route('/', teamTemplateRoutes(deps))
    .route('/', locationRoutes(deps))
    .route('/', logbookSetupRoutes(deps))
    .route('/', situationTemplateRoutes(deps));
}
