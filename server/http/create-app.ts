import type { OpenAPIHono } from '@hono/zod-openapi';
import { alertRoutes } from '../routes/alerts/alerts.routes.js';
import { apiKeyRoutes } from '../routes/api-keys/api-keys.routes.js';
import { auditLogRoutes } from '../routes/audit/audit-log.routes.js';
import { accountLinkRoutes } from '../routes/auth/account-links.routes.js';
import { authRoutes } from '../routes/auth/auth.routes.js';
import { meRoutes } from '../routes/auth/me.routes.js';
import { sessionRoutes } from '../routes/auth/sessions.routes.js';
import { operatorBreachRoutes } from '../routes/breaches/operator-breaches.routes.js';
import { organisationBreachRoutes } from '../routes/breaches/organisation-breaches.routes.js';
import { consentRoutes } from '../routes/consent/consent.routes.js';
import { disclosureRoutes } from '../routes/disclosures/disclosures.routes.js';
import { portabilityTransferRoutes } from '../routes/disclosures/portability-transfer.routes.js';
import { recipientNoticeRoutes } from '../routes/disclosures/recipient-notices.routes.js';
import { registerDocs } from '../routes/docs/docs.routes.js';
import { eventRoutes } from '../routes/events/events.routes.js';
import { incidentTemplateRoutes } from '../routes/incident-templates/incident-templates.routes.js';
import { chatRoutes } from '../routes/incidents/chat.routes.js';
import { incidentLocationRoutes } from '../routes/incidents/incident-locations.routes.js';
import { incidentRoutes } from '../routes/incidents/incidents.routes.js';
import { logbookRoutes } from '../routes/incidents/logbook.routes.js';
import { participantRoutes } from '../routes/incidents/participants.routes.js';
import { reportRoutes } from '../routes/incidents/report.routes.js';
import { situationRoutes } from '../routes/incidents/situation.routes.js';
import { taskRoutes } from '../routes/incidents/tasks.routes.js';
import { legalHoldRoutes } from '../routes/legal-holds/legal-holds.routes.js';
import { myDataRoutes } from '../routes/me/my-data.routes.js';
import { createRouter } from '../routes/openapi-router.js';
import { operatorRoutes } from '../routes/operator/operator.routes.js';
import { supportAccessRoutes } from '../routes/operator/support-access.routes.js';
import { mailOutboxRoutes } from '../routes/organisation/mail-outbox.routes.js';
import { organisationRoutes } from '../routes/organisation/organisation.routes.js';
import { preparationRoutes } from '../routes/preparation/preparation.routes.js';
import { privacyStatementRoutes } from '../routes/privacy/privacy-statement.routes.js';
import { privacyRequestRoutes } from '../routes/privacy-requests/privacy-requests.routes.js';
import { withdrawRequestRoutes } from '../routes/privacy-requests/withdraw-request.routes.js';
import { processingRecordRoutes } from '../routes/processing-records/processing-records.routes.js';
import { pushRoutes } from '../routes/push/push.routes.js';
import { rosterRoutes } from '../routes/rosters/rosters.routes.js';
import { requestChatRoutes } from '../routes/site-chat/request-chat.routes.js';
import { staffChatRoutes } from '../routes/site-chat/staff-chat.routes.js';
import { visitorChatRoutes } from '../routes/site-chat/visitor-chat.routes.js';
import { smsStatusReportRoutes } from '../routes/sms-reports/sms-status-reports.routes.js';
import { statisticsRoutes } from '../routes/statistics/statistics.routes.js';
import { usageObjectionRoutes } from '../routes/statistics/usage-objection.routes.js';
import { systemRoutes } from '../routes/system/system.routes.js';
import { restrictionRoutes } from '../routes/users/restriction.routes.js';
import { userRoutes } from '../routes/users/users.routes.js';
import type { AppDependencies, AppEnv } from './app-env.js';
import { createErrorHandler, errorResponse } from './error-response.js';
import { authenticate } from './middleware/authenticate.js';
import { authenticateApiKey } from './middleware/authenticate-api-key.js';
import { limitBodySize, requireJsonBody } from './middleware/body-rules.js';
import { csrfProtection } from './middleware/csrf.js';
import { requestContext } from './middleware/request-context.js';
import { requireSignIn } from './middleware/require-sign-in.js';
import { secondFactorGate } from './middleware/second-factor-gate.js';
import { securityHeaders } from './middleware/security-headers.js';
import { serveWebApp } from './web-app.js';

/**
 * The whole HTTP surface. Order matters: context (request id, language) first so every answer,
 * errors included, is translated and traceable; then headers, body rules, CSRF and the actor.
 */
export function createApp(deps: AppDependencies): OpenAPIHono<AppEnv> {
  const app = createRouter();
  const servesHttps = Boolean(deps.config.TLS_CERT_FILE);
  app.use('*', requestContext(deps.logger, deps.config.TRUST_PROXY));
  // The tile server of the incident map is the one third-party origin images may come from.
  app.use(
    '*',
    securityHeaders({
      servesHttps,
      trustProxy: deps.config.TRUST_PROXY,
      mapTileUrl: deps.config.MAP_TILE_URL,
    }),
  );
  app.use('/api/*', limitBodySize(deps.config.MAX_BODY_BYTES));
  app.use('/api/*', requireJsonBody());
  app.use('/api/*', csrfProtection());
  app.use('/api/*', authenticate(deps.database.db));
  app.use('/api/*', authenticateApiKey(deps.database.db));
  app.use('/api/*', requireSignIn());
  app.use('/api/*', secondFactorGate());
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.route('/', systemRoutes(deps));
  app.route('/', authRoutes(deps));
  app.route('/', accountLinkRoutes(deps));
  app.route('/', meRoutes(deps));
  app.route('/', myDataRoutes(deps));
  app.route('/', sessionRoutes(deps));
  app.route('/', userRoutes(deps));
  app.route('/', restrictionRoutes(deps));
  app.route('/', organisationRoutes(deps));
  app.route('/', mailOutboxRoutes(deps));
  app.route('/', eventRoutes(deps));
  app.route('/', apiKeyRoutes(deps));
  app.route('/', incidentTemplateRoutes(deps));
  app.route('/', preparationRoutes(deps));
  app.route('/', incidentRoutes(deps));
  app.route('/', participantRoutes(deps));
  app.route('/', logbookRoutes(deps));
  app.route('/', taskRoutes(deps));
  app.route('/', situationRoutes(deps));
  app.route('/', incidentLocationRoutes(deps));
  app.route('/', chatRoutes(deps));
  app.route('/', reportRoutes(deps));
  app.route('/', alertRoutes(deps));
  app.route('/', pushRoutes(deps));
  app.route('/', smsStatusReportRoutes(deps));
  app.route('/', rosterRoutes(deps));
  app.route('/', auditLogRoutes(deps));
  app.route('/', supportAccessRoutes(deps));
  app.route('/', operatorRoutes(deps));
  app.route('/', privacyStatementRoutes(deps));
  app.route('/', privacyRequestRoutes(deps));
  app.route('/', disclosureRoutes(deps));
  app.route('/', recipientNoticeRoutes(deps));
  app.route('/', portabilityTransferRoutes(deps));
  app.route('/', legalHoldRoutes(deps));
  app.route('/', operatorBreachRoutes(deps));
  app.route('/', organisationBreachRoutes(deps));
  app.route('/', processingRecordRoutes(deps));
  app.route('/', withdrawRequestRoutes(deps));
  app.route('/', consentRoutes(deps));
  app.route('/', visitorChatRoutes(deps));
  app.route('/', staffChatRoutes(deps));
  app.route('/', requestChatRoutes(deps));
  app.route('/', statisticsRoutes(deps));
  app.route('/', usageObjectionRoutes(deps));
  registerDocs(app, deps.version);

  app.onError(createErrorHandler(deps.logger));
  app.notFound((c) => errorResponse(c, 'not_found', 404));
  if (deps.webRoot) serveWebApp(app, deps.webRoot);
  return app;
}
