import { useSyncExternalStore } from 'react';
import { STORAGE_KEYS } from '../../storage-keys';

/** What this browser chose in the cookie notice, as the server recorded it (POST /api/consent). */
export interface StoredConsent {
  consentId: string;
  analytics: boolean;
  thirdParty: boolean;
  statementVersion: number;
  recordedAt: string;
}

/** A choice lapses after twelve months: the notice asks again (the key's declared lifetime). */
const CHOICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;

function isStoredConsent(value: unknown): value is StoredConsent {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.consentId === 'string' &&
    typeof record.analytics === 'boolean' &&
    typeof record.thirdParty === 'boolean' &&
    typeof record.statementVersion === 'number' &&
    typeof record.recordedAt === 'string'
  );
}

// Storage can be unavailable (blocked by the browser or a policy): then the notice asks on every
// page load, and consent-bound content stays off.
function readStored(): StoredConsent | undefined {
  try {
    const text = window.localStorage.getItem(STORAGE_KEYS.consent.key);
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!isStoredConsent(parsed)) return undefined;
    const age = Date.now() - Date.parse(parsed.recordedAt);
    return Number.isFinite(age) && age < CHOICE_LIFETIME_MS ? parsed : undefined;
  } catch {
    return undefined;
  }
}

interface ConsentState {
  /** The choice in force; undefined until the visitor chooses (the notice shows). */
  choice: StoredConsent | undefined;
  /** The settings are open again, from the footer or a placeholder, to change or withdraw. */
  settingsOpen: boolean;
  /**
   * The choice was made under an older privacy statement than the one in force: the notice asks
   * again (P16), and until then nothing consent-bound loads. Any new version asks again: a version
   * does not say whether it changed what consent covers, and asking once too often costs a click.
   */
  outdated: boolean;
}

let state: ConsentState = { choice: readStored(), settingsOpen: false, outdated: false };
const listeners = new Set<() => void>();

function update(next: Partial<ConsentState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab that chooses changes this one too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEYS.consent.key || event.key === null) update({ choice: readStored() });
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Keeps a choice the server recorded; nothing is stored before the visitor chooses. */
export function storeChoice(choice: StoredConsent): void {
  try {
    window.localStorage.setItem(STORAGE_KEYS.consent.key, JSON.stringify(choice));
  } catch {
    // Not kept: the choice holds for this page, and the notice asks again next time.
  }
  update({ choice, settingsOpen: false, outdated: false });
}

/** Compares the choice in force with the statement version the server names (from the notice, once per load). */
export function noteStatementVersion(currentVersion: number): void {
  const outdated = state.choice !== undefined && state.choice.statementVersion < currentVersion;
  if (outdated !== state.outdated) update({ outdated });
}

/** Opens the choices again (the footer's "Cookie settings"), to change or withdraw consent. */
export function openConsentSettings(): void {
  update({ settingsOpen: true });
}

export function closeConsentSettings(): void {
  update({ settingsOpen: false });
}

export function useConsent(): ConsentState {
  return useSyncExternalStore(subscribe, () => state);
}

/** Whether the choice in force allows content from third parties (such as map tiles). */
export function useThirdPartyConsent(): boolean {
  const { choice, outdated } = useConsent();
  return choice?.thirdParty === true && !outdated;
}
