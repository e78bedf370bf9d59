import type { rostersNl } from './nl-rosters';

/** English text for rosters. */
export const rostersEn: typeof rostersNl = {
  rosters: {},
};
