/** Who is acting in a request: a signed-in user of one organisation. */
export interface Actor {
  userId: string;
  organisationId: string;
  role: 'admin' | 'member';
  sessionId: string;
  language: 'nl' | 'en';
  /** The organisation requires a second factor and this user has none yet: only setting it up is allowed. */
  secondFactorSetupRequired: boolean;
}
