import type { pushNl } from './nl-push';

/** English text for push. */
export const pushEn: typeof pushNl = {
  push: {
    title: 'Alerts on this device',
    intro:
      'A crisis alert arrives as a notification on your phone or computer, even when Baken is closed. From the notification you answer straight away whether you are coming. Switch notifications on for every device on which you want to be alerted.',
    on: 'On for this device',
    off: 'Off for this device',
    onText: 'Alerts arrive on this device as notifications.',
    offText:
      'This device does not receive notifications yet. Without notifications, an alert reaches you by e-mail or text message.',
    enable: 'Switch notifications on',
    disable: 'Switch notifications off on this device',
    enabled: 'Notifications are on. You will receive alerts on this device.',
    disabled: 'Notifications are off on this device.',
    problem: {
      unsupported:
        'This browser cannot receive notifications. Use a recent version of Chrome, Edge, Firefox or Safari, or another device.',
      install_first:
        'On an iPhone or iPad, notifications only work in the app on your home screen. In Safari, tap the share button, choose ‘Add to Home Screen’, open Baken from the home screen and switch notifications on there.',
      denied:
        'Notifications from Baken are blocked on this device. Allow them in the browser settings: tap or click the symbol to the left of the web address, choose Notifications and set them to Allow. Then try again.',
      dismissed: 'You closed the permission question. Choose ‘Allow’ when the browser asks again.',
      no_service_worker:
        'Baken has not fully loaded on this device yet. Reload the page while online and try again. Notifications do not work in a private window.',
      push_service:
        'The browser cannot reach its notification service, so notifications could not be switched on. Check the internet connection and try again. If it still fails, the network (at work, for example) or a browser setting is blocking notifications.',
    },
    devicesTitle: 'Devices that receive notifications',
    noDevices: 'No devices yet.',
    thisDevice: 'This device',
    unknownDevice: 'Unknown device',
    added: 'Switched on',
    lastSuccess: 'Last notification handed over',
    never: 'Not yet',
    remove: 'Remove',
    removed: '{{device}} no longer receives notifications.',
  },
};
