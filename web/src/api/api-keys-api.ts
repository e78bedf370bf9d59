import { apiRequest } from './api-client';
import type { ApiKey, ApiKeyScope, CreatedApiKey } from './api-types';

export function listApiKeys(signal?: AbortSignal) {
  return apiRequest<ApiKey[]>('GET', '/api/api-keys', { signal });
}

export function createApiKey(input: { name: string; scopes: ApiKeyScope[] }) {
  return apiRequest<CreatedApiKey>('POST', '/api/api-keys', { body: input });
}

export function revokeApiKey(id: string) {
  return apiRequest<undefined>('DELETE', `/api/api-keys/${encodeURIComponent(id)}`);
}
