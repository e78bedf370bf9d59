/** Who is acting in a request: a signed-in user of one organisation. */
export interface Actor {
  userId: string;
  organisationId: string;
  role: 'admin' | 'member';
  sessionId: string;
  language: 'nl' | 'en';
}
