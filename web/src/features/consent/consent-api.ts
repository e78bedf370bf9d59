import { apiRequest } from '../../api/api-client';
import type { StoredConsent } from './consent-store';

/** Where a choice was made, as the consent record keeps it (server/routes/consent). */
export type ConsentMethod = 'banner' | 'settings' | 'placeholder';

interface RecordedConsent {
  consentId: string;
  statementVersion: number;
  choices: { functional: true; analytics: boolean; thirdParty: boolean };
  recordedAt: string;
}

/** Records a choice; the first one gets a new consent id from the server, later ones continue it. */
export async function recordConsent(input: {
  consentId: string | undefined;
  analytics: boolean;
  thirdParty: boolean;
  method: ConsentMethod;
}): Promise<StoredConsent> {
  const recorded = await apiRequest<RecordedConsent>('POST', '/api/consent', { body: input });
  return {
    consentId: recorded.consentId,
    analytics: recorded.choices.analytics,
    thirdParty: recorded.choices.thirdParty,
    statementVersion: recorded.statementVersion,
    recordedAt: recorded.recordedAt,
  };
}

/** The privacy statement version in force (public): a choice made under an older one is asked again. */
export async function fetchCurrentStatementVersion(signal?: AbortSignal): Promise<number> {
  const current = await apiRequest<{ currentStatementVersion: number }>('GET', '/api/consent', {
    ...(signal ? { signal } : {}),
  });
  return current.currentStatementVersion;
}
