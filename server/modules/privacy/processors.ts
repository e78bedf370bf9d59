import type { BilingualText } from '../../../common/privacy/browser-storage.js';
import {
  database,
  hosting,
  mail,
  mapTiles,
  type ProcessorConfig,
  type ProcessorDraft,
  type ProcessorEntry,
  push,
  sms,
} from './processor-entries.js';
import { PUSH_SERVICES, type PushServiceId } from './push-services.js';

/** What the operator knows and the configuration does not (a later slice makes this editable). */
export interface RecordedProcessorDetails {
  name?: BilingualText;
  location?: BilingualText;
  agreementDate?: string;
}

/**
 * The processors register as this installation is configured: what is not configured does not
 * receive data and is not listed. Details only the operator knows come from `recorded`.
 */
// @promise P4 processors and sub-processors, derived from the configuration
export function processorsFor(
  config: ProcessorConfig,
  recorded: Partial<Record<string, RecordedProcessorDetails>> = {},
): ProcessorEntry[] {
  const drafts: (ProcessorDraft | undefined)[] = [
    hosting(),
    config.DATABASE_URL ? database(config.DATABASE_URL) : undefined,
    config.SMTP_URL ? mail(config.SMTP_URL) : undefined,
    sms(config),
    ...(Object.keys(PUSH_SERVICES) as PushServiceId[]).map(push),
    config.MAP_TILE_URL ? mapTiles(config.MAP_TILE_URL) : undefined,
  ];
  return drafts
    .filter((draft): draft is ProcessorDraft => draft !== undefined)
    .map((draft) => {
      const known = recorded[draft.id] ?? {};
      return {
        ...draft,
        name: known.name ?? draft.name,
        location: known.location ?? draft.location ?? null,
        agreementDate: known.agreementDate ?? null,
      };
    });
}
