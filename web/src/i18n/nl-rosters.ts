/** Dutch text for rosters. */
export const rostersNl = {
  rosters: {},
};
