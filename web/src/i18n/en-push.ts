import type { pushNl } from './nl-push';

/** English text for push. */
export const pushEn: typeof pushNl = {
  push: {},
};
