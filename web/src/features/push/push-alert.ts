/**
 * An alert as a push message carries it (server/channels/push/push-payload.ts), handed to the page
 * by the service worker (web/public/push-sw.js).
 */
export interface PushAlert {
  type: 'baken-alert';
  alertId: string;
  /** Starts with "OEFENING: " / "EXERCISE: " for an exercise. */
  title: string;
  body: string;
  location: string;
  isExercise: boolean;
  urgency: 'crisis' | 'normal';
  lang: 'nl' | 'en';
  /** Answers for the recipient without signing in: POST /api/alert-responses. */
  responseToken: string;
  /** `/respond#<token>`: the answer page. */
  url: string;
  actions: { coming: string; unavailable: string };
}
