import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { ProcessorEntry } from '../processor-entries.js';
import type { TransferStatus } from './record-types.js';

// The processors register states a location in words (from the configuration, or as the operator
// recorded it), not a flag; these patterns read it, so a recorded location counts without code.

const OUTSIDE = /buiten de (EU|EER|Europese)|outside the (EU|EEA|European)|wereldwijd|worldwide/i;

// EU member states plus Iceland, Liechtenstein and Norway, in Dutch and English.
const EEA = [
  'EU',
  'EER',
  'EEA',
  'Europese Unie',
  'European Union',
  ...['Nederland', 'Netherlands', 'België', 'Belgium', 'Luxemburg', 'Luxembourg', 'Duitsland', 'Germany'],
  ...['Frankrijk', 'France', 'Ierland', 'Ireland', 'Denemarken', 'Denmark', 'Zweden', 'Sweden'],
  ...['Finland', 'Oostenrijk', 'Austria', 'Italië', 'Italy', 'Spanje', 'Spain', 'Portugal'],
  ...['Griekenland', 'Greece', 'Cyprus', 'Malta', 'Polen', 'Poland', 'Tsjechië', 'Czechia'],
  ...['Czech Republic', 'Slowakije', 'Slovakia', 'Hongarije', 'Hungary', 'Slovenië', 'Slovenia'],
  ...['Kroatië', 'Croatia', 'Roemenië', 'Romania', 'Bulgarije', 'Bulgaria', 'Estland', 'Estonia'],
  ...['Letland', 'Latvia', 'Litouwen', 'Lithuania', 'IJsland', 'Iceland', 'Liechtenstein'],
  ...['Noorwegen', 'Norway'],
];
const INSIDE = new RegExp(`(^|[^\\p{L}])(${EEA.join('|')})($|[^\\p{L}])`, 'u');

/** Whether the entry's data leaves the EEA: unknown locations are "not established", never "inside". */
export function transferOf(entry: Pick<ProcessorEntry, 'location'>): TransferStatus {
  if (!entry.location) return 'not-established';
  const text = `${entry.location.nl} ${entry.location.en}`;
  if (OUTSIDE.test(text)) return 'outside-eea';
  return INSIDE.test(text) ? 'inside-eea' : 'not-established';
}

export const TRANSFER_TEXTS: Record<TransferStatus, BilingualText> = {
  'inside-eea': { nl: 'Binnen de EER: geen doorgifte', en: 'Within the EEA: no transfer' },
  'outside-eea': {
    nl: 'Ook buiten de EER: doorgifte aan een derde land',
    en: 'Also outside the EEA: transfer to a third country',
  },
  'not-established': {
    nl: 'Niet vastgesteld: de locatie is niet vastgelegd of niet herkend; vast te leggen door de beheerder',
    en: 'Not established: the location is not recorded or not recognised; for the operator to record',
  },
};
