// Web Push for Baken alerts, loaded into the Workbox-generated service worker (vite.config.ts,
// workbox.importScripts). Plain JavaScript: it runs as it is, without the app's build.
//
// A push shows the alert as a notification, also when Baken is closed, and hands it to every open
// Baken window so the page can show it at once. The notification's buttons answer the alert with
// the recipient's response token, without signing in.

const PUSH_TEXT = {
  nl: {
    fallbackTitle: 'Baken: nieuwe alarmering',
    fallbackBody: 'Open Baken om de alarmering te lezen.',
    location: 'Locatie',
    answered: {
      coming: 'Uw antwoord is verstuurd: u komt.',
      unavailable: 'Uw antwoord is verstuurd: u bent niet beschikbaar.',
    },
    notSent: 'Uw antwoord is niet verstuurd. Tik hier om Baken te openen en het opnieuw te proberen.',
  },
  en: {
    fallbackTitle: 'Baken: new alert',
    fallbackBody: 'Open Baken to read the alert.',
    location: 'Location',
    answered: {
      coming: 'Your answer was sent: you are coming.',
      unavailable: 'Your answer was sent: you are not available.',
    },
    notSent: 'Your answer was not sent. Tap here to open Baken and try again.',
  },
};

const ICON = '/icons/icon-192.png';
const ANSWERS = ['coming', 'unavailable'];

const textFor = (alert) => PUSH_TEXT[alert?.lang] ?? PUSH_TEXT.nl;

/** The alert in a push message, or null when the message is not one Baken sent. */
function readAlert(event) {
  try {
    const data = event.data?.json();
    if (data && data.type === 'baken-alert' && typeof data.alertId === 'string') return data;
  } catch {
    // Not JSON: handled as an unreadable message below.
  }
  return null;
}

function windowClients() {
  return self.clients.matchAll({ type: 'window', includeUncontrolled: true });
}

async function announce(alert) {
  const text = textFor(alert);
  for (const client of await windowClients()) client.postMessage({ type: 'baken-alert', alert });
  const body = [alert.body, alert.location ? `${text.location}: ${alert.location}` : '']
    .filter(Boolean)
    .join('\n');
  await self.registration.showNotification(alert.title, {
    body,
    lang: alert.lang,
    icon: ICON,
    badge: ICON,
    // One notification per alert: a repeat (escalation, second channel) replaces it, and still rings.
    tag: alert.alertId,
    renotify: true,
    // A crisis alert stays on screen until the person does something with it.
    requireInteraction: alert.urgency === 'crisis',
    actions: ANSWERS.map((action) => ({ action, title: alert.actions?.[action] ?? action })),
    data: alert,
  });
}

// @promise P14 push notifications in the installed app
self.addEventListener('push', (event) => {
  const alert = readAlert(event);
  if (alert) {
    event.waitUntil(announce(alert));
    return;
  }
  // A push must always show something; an empty one still says where to look.
  const text = PUSH_TEXT.nl;
  event.waitUntil(
    self.registration.showNotification(text.fallbackTitle, {
      body: text.fallbackBody,
      icon: ICON,
      tag: 'baken',
    }),
  );
});

/** Focuses an open Baken window (handing it the alert again), or opens one on `url`. */
async function openBaken(url, alert) {
  const open = (await windowClients()).find((client) => new URL(client.url).origin === self.location.origin);
  if (open) {
    if (alert) open.postMessage({ type: 'baken-alert', alert });
    await open.focus();
    return;
  }
  await self.clients.openWindow(url);
}

/** Why the server refused an answer (link used or expired), in the language it was asked in. */
async function refusalOf(reply) {
  try {
    const problem = await reply.json();
    if (typeof problem?.error?.message === 'string') return problem.error.message;
  } catch {
    // No JSON problem: the generic message below.
  }
  return null;
}

/** Answers with the notification's button, then says in a quiet notification whether it worked. */
async function answer(alert, response) {
  const text = textFor(alert);
  let message;
  let sent = false;
  try {
    const reply = await fetch('/api/alert-responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': alert.lang ?? 'nl' },
      body: JSON.stringify({ token: alert.responseToken, response, source: 'push' }),
    });
    sent = reply.ok;
    message = reply.ok ? text.answered[response] : ((await refusalOf(reply)) ?? text.notSent);
  } catch {
    message = text.notSent;
  }
  await self.registration.showNotification(alert.title, {
    body: message,
    lang: alert.lang,
    icon: ICON,
    badge: ICON,
    tag: alert.alertId,
    silent: sent,
    // Clicking a failure opens the answer page, where the person can try again.
    data: { ...alert, answered: sent },
  });
}

self.addEventListener('notificationclick', (event) => {
  const alert = event.notification.data;
  event.notification.close();
  if (alert?.type !== 'baken-alert') {
    event.waitUntil(openBaken('/'));
    return;
  }
  if (ANSWERS.includes(event.action)) {
    event.waitUntil(answer(alert, event.action));
    return;
  }
  // The quiet "answer sent" notification leads to Baken itself; the alert leads to its answer page.
  event.waitUntil(alert.answered ? openBaken('/') : openBaken(alert.url, alert));
});
