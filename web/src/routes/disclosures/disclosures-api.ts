import { apiRequest } from '../../api/api-client';

export interface Bilingual {
  nl: string;
  en: string;
}

/** One recorded disclosure (Disclosure in the OpenAPI document). */
export interface Disclosure {
  id: string;
  kind: string;
  kindName: Bilingual;
  recipient: string;
  recipientAddress: string | null;
  subject: { userId: string; name: string; email: string } | null;
  subjectDescription: string | null;
  dataDescription: string;
  legalBasis: string;
  legalBasisName: Bilingual;
  reference: string | null;
  disclosedAt: string;
  recordedBy: string | null;
  organisation: { id: string; name: string } | null;
}

export interface DisclosureKindOption {
  id: string;
  name: Bilingual;
  legalBases: { id: string; name: Bilingual }[];
}

export interface AuthorityDisclosureBody {
  kind: string;
  recipient: string;
  recipientAddress: string;
  subjectEmail: string;
  subjectDescription: string;
  dataDescription: string;
  legalBasis: string;
  reference: string;
  disclosedAt: string;
}

export const listAllDisclosures = (signal: AbortSignal) =>
  apiRequest<Disclosure[]>('GET', '/api/operator/disclosures', { signal });
export const listDisclosureKinds = (signal: AbortSignal) =>
  apiRequest<DisclosureKindOption[]>('GET', '/api/operator/disclosures/kinds', { signal });
export const listOrganisationDisclosures = (signal: AbortSignal) =>
  apiRequest<Disclosure[]>('GET', '/api/organisation/disclosures', { signal });
export const recordDisclosure = (body: AuthorityDisclosureBody) =>
  apiRequest<Disclosure>('POST', '/api/operator/disclosures', { body });

/** A notice to a recipient of disclosed data that it changed (RecipientNotice, GDPR art. 19). */
export interface RecipientNotice {
  id: string;
  change: 'rectification' | 'erasure' | 'restriction';
  fields: string[];
  recipient: string;
  recipientAddress: string | null;
  reference: string | null;
  disclosedAt: string;
  status: 'pending' | 'sent' | 'to_tell' | 'told';
  toldAt: string | null;
  note: string | null;
  createdAt: string;
  organisation: { id: string; name: string } | null;
}

export const listAllRecipientNotices = (signal: AbortSignal) =>
  apiRequest<RecipientNotice[]>('GET', '/api/operator/recipient-notices', { signal });
export const listOrganisationRecipientNotices = (signal: AbortSignal) =>
  apiRequest<RecipientNotice[]>('GET', '/api/organisation/recipient-notices', { signal });
export const recordNoticeTold = (id: string, note: string) =>
  apiRequest<void>('POST', `/api/operator/recipient-notices/${id}/told`, { body: { note } });
