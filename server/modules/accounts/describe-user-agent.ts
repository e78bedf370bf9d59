import { UAParser } from 'ua-parser-js';

// @promise P7 sessions record device, operating system and browser, shown to the user
export interface DeviceDescription {
  device: string;
  operatingSystem: string;
  browser: string;
}

const words = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

/** The device, operating system and browser a user sees in their list of sessions. */
export function describeUserAgent(userAgent: string | undefined): DeviceDescription {
  const { device, os, browser } = new UAParser(userAgent ?? '').getResult();
  return {
    // ua-parser leaves the type empty for desktops.
    device: words(device.type ?? 'desktop', device.vendor, device.model),
    operatingSystem: words(os.name, os.version) || 'unknown',
    browser: words(browser.name, browser.major) || 'unknown',
  };
}
