import type { AlertAddress, AlertMessage } from '../../server/channels/alert-channel.js';

export const DELIVERY_ID = '0190f5c2-7a41-7cc3-9b1e-3f0d2a9c4e17';
export const RESPONSE_URL = 'https://baken.voorbeeld.nl/respond#AZD1wnpBfMObHj8NKpxOFxk29dLq0sPzv8wYbAbCdEfG';

/** An alert as the delivery worker hands it to a channel; fields may be overridden. */
export function alertMessage(overrides: Partial<AlertMessage> = {}): AlertMessage {
  return {
    deliveryId: DELIVERY_ID,
    alertId: '0190f5c2-7a40-7000-8000-000000000001',
    language: 'nl',
    organisationName: 'Gemeente Voorbeeld',
    title: 'Brand in het stadhuis',
    body: 'Kom direct naar de crisiskamer.',
    location: 'Stadhuis, Markt 1',
    urgency: 'crisis',
    isExercise: false,
    responseUrl: RESPONSE_URL,
    responseToken: 'AZD1wnpBfMObHj8NKpxOFxk29dLq0sPzv8wYbAbCdEfG',
    ...overrides,
  };
}

/** The person reached, with a Dutch mobile number by default. */
export function person(phone: string | null = '06 1234 5678'): AlertAddress {
  return {
    userId: '0190f5c2-7a40-7000-8000-000000000002',
    name: 'Anna de Vries',
    email: 'anna@voorbeeld.nl',
    phone,
  };
}
