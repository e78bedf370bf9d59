import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { LEGAL_HOLD_GROUNDS } from '../../../db/schema/legal-holds.js';

export type LegalHoldGround = (typeof LEGAL_HOLD_GROUNDS)[number];

/** The grounds of art. 17(3) a hold rests on, as the erasure answer and the access report name them. */
export const LEGAL_HOLD_GROUND_TEXTS: Record<LegalHoldGround, { article: string } & BilingualText> = {
  'legal-claim': {
    article: 'AVG/GDPR art. 17(3)(e)',
    nl: 'Nodig voor de vaststelling, uitoefening of verdediging van een rechtsvordering',
    en: 'Needed to establish, exercise or defend a legal claim',
  },
  'legal-obligation': {
    article: 'AVG/GDPR art. 17(3)(b)',
    nl: 'Een wettelijke bewaarplicht, zoals de Archiefwet',
    en: 'A legal obligation to keep it, such as the Archives Act',
  },
};
