/** Dutch text for push. */
export const pushNl = {
  push: {},
};
