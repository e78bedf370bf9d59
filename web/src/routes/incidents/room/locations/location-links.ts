import type { IncidentLocation } from '../../../../api/incident-locations-api';

import type { Coordinates } from '../../../../ui/coordinates';

export function coordinatesOf(location: IncidentLocation): Coordinates | undefined {
  if (location.latitude === null || location.longitude === null) return undefined;
  return { latitude: location.latitude, longitude: location.longitude };
}

/** Opens the phone's own map app (Android and most others understand geo: links). */
export function geoUri({ latitude, longitude }: Coordinates, label: string): string {
  return `geo:${latitude},${longitude}?q=${latitude},${longitude}(${encodeURIComponent(label)})`;
}

/** A coordinate typed by hand: a Dutch decimal comma is fine. Undefined when it is not a number in range. */
export function parseCoordinate(value: string, limit: 90 | 180): number | undefined {
  const text = value.trim().replace(',', '.');
  if (!/^-?\d{1,3}(\.\d+)?$/.test(text)) return undefined;
  const number = Number(text);
  return Math.abs(number) <= limit ? number : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The location of a `location.added` event. */
export function locationFrom(payload: unknown): IncidentLocation | undefined {
  if (!isRecord(payload) || !isRecord(payload.location) || typeof payload.location.id !== 'string')
    return undefined;
  // The server sends the same DTO as GET …/locations.
  return payload.location as unknown as IncidentLocation;
}

/** The id of a `location.removed` event. */
export function removedIdFrom(payload: unknown): string | undefined {
  return isRecord(payload) && typeof payload.id === 'string' ? payload.id : undefined;
}
