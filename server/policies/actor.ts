/** Who is acting in a request: a signed-in user of one organisation. */
export interface Actor {
  userId: string;
  /** Their name as it is now, for records they write (read with the session, so no extra query). */
  name: string;
  organisationId: string;
  role: 'admin' | 'member';
  sessionId: string;
  language: 'nl' | 'en';
  /** The organisation requires a second factor and this user has none yet: only setting it up is allowed. */
  secondFactorSetupRequired: boolean;
}
