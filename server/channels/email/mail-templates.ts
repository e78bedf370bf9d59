import type { Language } from '../../i18n/language.js';
import { type MailContent, type RenderedMail, renderMailContent } from './mail-layout.js';
import { type AlertMailVariables, alertMail } from './templates/alert.js';
import { type DataBreachAffectedVariables, dataBreachAffected } from './templates/data-breach-affected.js';
import { type DataBreachDeadlineVariables, dataBreachDeadline } from './templates/data-breach-deadline.js';
import { type EmailVerificationVariables, emailVerification } from './templates/email-verification.js';
import { type ErasurePostponedVariables, erasurePostponed } from './templates/erasure-postponed.js';
import { type InvitationVariables, invitation } from './templates/invitation.js';
import { type PasswordResetVariables, passwordReset } from './templates/password-reset.js';
import {
  type PortabilityTransferLinkVariables,
  portabilityTransferLink,
} from './templates/portability-transfer-link.js';
import {
  type PortabilityTransferSentVariables,
  portabilityTransferSent,
} from './templates/portability-transfer-sent.js';
import {
  type PrivacyRequestAnswerVariables,
  privacyRequestAnswer,
} from './templates/privacy-request-answer.js';
import {
  type PrivacyRequestConfirmVariables,
  privacyRequestConfirm,
} from './templates/privacy-request-confirm.js';
import {
  type PrivacyRequestDeadlineVariables,
  privacyRequestDeadline,
} from './templates/privacy-request-deadline.js';
import {
  type PrivacyRequestExtendedVariables,
  privacyRequestExtended,
} from './templates/privacy-request-extended.js';
import {
  type PrivacyRequestIdCopyVariables,
  privacyRequestIdCopy,
} from './templates/privacy-request-id-copy.js';
import {
  type PrivacyRequestReceivedVariables,
  privacyRequestReceived,
} from './templates/privacy-request-received.js';
import { type RecipientNoticeVariables, recipientNotice } from './templates/recipient-notice.js';
import { type RestrictionLiftedVariables, restrictionLifted } from './templates/restriction-lifted.js';
import { type TestMessageVariables, testMessage } from './templates/test-message.js';

/** Every mail Baken sends, by template name, with the variables each needs. */
export interface MailTemplateVariables {
  'test-message': TestMessageVariables;
  invitation: InvitationVariables;
  'password-reset': PasswordResetVariables;
  'email-verification': EmailVerificationVariables;
  alert: AlertMailVariables;
  'privacy-request-confirm': PrivacyRequestConfirmVariables;
  'privacy-request-id-copy': PrivacyRequestIdCopyVariables;
  'privacy-request-extended': PrivacyRequestExtendedVariables;
  'privacy-request-answer': PrivacyRequestAnswerVariables;
  'privacy-request-deadline': PrivacyRequestDeadlineVariables;
  'restriction-lifted': RestrictionLiftedVariables;
  'portability-transfer-link': PortabilityTransferLinkVariables;
  'portability-transfer-sent': PortabilityTransferSentVariables;
  'privacy-request-received': PrivacyRequestReceivedVariables;
  'recipient-notice': RecipientNoticeVariables;
  'erasure-postponed': ErasurePostponedVariables;
  'data-breach-affected': DataBreachAffectedVariables;
  'data-breach-deadline': DataBreachDeadlineVariables;
}

export type MailTemplateName = keyof MailTemplateVariables;

const TEMPLATES: {
  [Name in MailTemplateName]: (variables: MailTemplateVariables[Name], language: Language) => MailContent;
} = {
  'test-message': testMessage,
  invitation,
  'password-reset': passwordReset,
  'email-verification': emailVerification,
  alert: alertMail,
  'privacy-request-confirm': privacyRequestConfirm,
  'privacy-request-id-copy': privacyRequestIdCopy,
  'privacy-request-extended': privacyRequestExtended,
  'privacy-request-answer': privacyRequestAnswer,
  'privacy-request-deadline': privacyRequestDeadline,
  'restriction-lifted': restrictionLifted,
  'portability-transfer-link': portabilityTransferLink,
  'portability-transfer-sent': portabilityTransferSent,
  'privacy-request-received': privacyRequestReceived,
  'recipient-notice': recipientNotice,
  'erasure-postponed': erasurePostponed,
  'data-breach-affected': dataBreachAffected,
  'data-breach-deadline': dataBreachDeadline,
};

export const MAIL_TEMPLATE_NAMES = Object.keys(TEMPLATES) as MailTemplateName[];

/** The subject, text and HTML of one mail in one language. */
export function renderMail<Name extends MailTemplateName>(
  template: Name,
  language: Language,
  variables: MailTemplateVariables[Name],
): RenderedMail {
  const content = TEMPLATES[template](variables, language);
  return renderMailContent(content, language);
}
