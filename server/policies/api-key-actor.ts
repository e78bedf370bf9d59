/** What an API key may be used for; a route names the one scope it needs. */
export const API_KEY_SCOPES = ['incidents:read', 'incidents:write'] as const;

export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Who is acting in a request authenticated with an API key: an integration of one organisation. */
export interface ApiKeyActor {
  apiKeyId: string;
  organisationId: string;
  scopes: ApiKeyScope[];
}

/** A key may do exactly what its scopes say; there is no implied scope (write does not include read). */
export const apiKeyHasScope = (apiKey: ApiKeyActor, scope: ApiKeyScope) => apiKey.scopes.includes(scope);
