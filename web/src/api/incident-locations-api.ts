import { apiRequest } from './api-client';

/** A place that matters in this incident, copied from a default location or entered on the spot. */
export interface IncidentLocation {
  id: string;
  locationId: string | null;
  name: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  description: string;
}

export type NewIncidentLocation =
  | { locationId: string }
  | { name: string; address?: string; latitude?: number; longitude?: number; description?: string };

/** Where map tiles come from; without a tile address the app shows no map. */
export interface MapConfig {
  tileUrl: string | null;
  attribution: string | null;
}

function locationsPath(incidentId: string): string {
  return `/api/incidents/${encodeURIComponent(incidentId)}/locations`;
}

export function listIncidentLocations(incidentId: string, signal?: AbortSignal) {
  return apiRequest<IncidentLocation[]>('GET', locationsPath(incidentId), { signal });
}

export function addIncidentLocation(incidentId: string, input: NewIncidentLocation) {
  return apiRequest<IncidentLocation>('POST', locationsPath(incidentId), { body: input });
}

export function removeIncidentLocation(incidentId: string, locationId: string) {
  return apiRequest<undefined>('DELETE', `${locationsPath(incidentId)}/${encodeURIComponent(locationId)}`);
}

let mapConfig: Promise<MapConfig> | undefined;

/** The map settings, asked once per page load (they only change with a server restart). */
export function fetchMapConfig(): Promise<MapConfig> {
  mapConfig ??= apiRequest<MapConfig>('GET', '/api/map-config').catch((error: unknown) => {
    mapConfig = undefined;
    throw error;
  });
  return mapConfig;
}
