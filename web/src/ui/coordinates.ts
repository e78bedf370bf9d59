export interface Coordinates {
  latitude: number;
  longitude: number;
}

/**
 * "52,09073; 5,12142" in Dutch, "52.09073, 5.12142" in English: five decimals is about a metre,
 * and where the decimal sign is a comma the two numbers are kept apart by a semicolon.
 */
export function formatCoordinates(
  { latitude, longitude }: Coordinates,
  language: string | undefined,
): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 5, useGrouping: false });
  const separator = format.format(0.5).includes(',') ? '; ' : ', ';
  return `${format.format(latitude)}${separator}${format.format(longitude)}`;
}

/** The place on openstreetmap.org, for any browser. */
export function openStreetMapUrl({ latitude, longitude }: Coordinates): string {
  const query = new URLSearchParams({ mlat: String(latitude), mlon: String(longitude) });
  return `https://www.openstreetmap.org/?${query}#map=17/${latitude}/${longitude}`;
}
