/** The on-call rosters of the organisation, with a calendar. */
export function RostersPage() {
  return null;
}
