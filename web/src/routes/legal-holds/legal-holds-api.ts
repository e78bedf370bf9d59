import { apiRequest } from '../../api/api-client';

export type LegalHoldGround = 'legal-claim' | 'legal-obligation';
export const LEGAL_HOLD_GROUNDS: readonly LegalHoldGround[] = ['legal-claim', 'legal-obligation'];

/** One legal hold (LegalHold in the OpenAPI document). */
export interface LegalHold {
  id: string;
  organisation: { id: string; name: string };
  person: { id: string; name: string; email: string } | null;
  incident: { id: string; number: number; title: string } | null;
  ground: LegalHoldGround;
  reason: string;
  until: string;
  createdBy: string | null;
  createdAt: string;
  liftedAt: string | null;
}

export interface PlaceLegalHoldBody {
  userEmail?: string;
  incidentId?: string;
  ground: LegalHoldGround;
  reason: string;
  until: string;
}

export const listLegalHolds = (signal: AbortSignal) =>
  apiRequest<LegalHold[]>('GET', '/api/legal-holds', { signal });
export const placeLegalHold = (body: PlaceLegalHoldBody) =>
  apiRequest<LegalHold>('POST', '/api/legal-holds', { body });
export const liftLegalHold = (id: string) => apiRequest<void>('POST', `/api/legal-holds/${id}/lift`);
