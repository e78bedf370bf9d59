import type { Config } from '../../config/config.js';

/** What the web app needs to draw a map; both null when no tile server is configured (no map). */
export function mapConfig(config: Pick<Config, 'MAP_TILE_URL' | 'MAP_ATTRIBUTION'>) {
  const tileUrl = config.MAP_TILE_URL ?? null;
  return { tileUrl, attribution: tileUrl ? (config.MAP_ATTRIBUTION ?? null) : null };
}
