// GSM 03.38 (3GPP TS 23.038): the default alphabet in code order, 0x00–0x7F. 0x1B is the escape
// to the extension table, not a character of its own.
const GSM_ALPHABET =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const ESCAPE = 0x1b;
const GSM_BASIC = new Map(
  Array.from(GSM_ALPHABET, (character, code) => [character, code] as const).filter(
    ([, code]) => code !== ESCAPE,
  ),
);
/** The extension table: sent as escape + code, two septets each. */
const GSM_EXTENSION = new Map<string, number>([
  ['\f', 0x0a],
  ['^', 0x14],
  ['{', 0x28],
  ['}', 0x29],
  ['\\', 0x2f],
  ['[', 0x3c],
  ['~', 0x3d],
  [']', 0x3e],
  ['|', 0x40],
  ['€', 0x65],
]);

/** SMPP data_coding: 0 is the SMSC default alphabet (GSM 03.38), 8 is UCS-2. */
export type SmsDataCoding = 0 | 8;

export interface SmsEncoding {
  dataCoding: SmsDataCoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  /** How many SMS parts the text takes (concatenated with a UDH when more than one). */
  segments: number;
}

/** Parts of a concatenated SMS carry a 6-byte header, which costs 7 septets or 3 UCS-2 characters. */
const CAPACITY = {
  0: { single: 160, part: 153 },
  8: { single: 70, part: 67 },
} as const;

/** Whether every character of the text is in the GSM 7-bit alphabet or its extension table. */
function fitsGsm(text: string): boolean {
  for (const character of text) if (!GSM_BASIC.has(character) && !GSM_EXTENSION.has(character)) return false;
  return true;
}

/** Septets for GSM-7; UTF-16 code units for UCS-2, as phones read it (an emoji takes two). */
function sizeOf(character: string, dataCoding: SmsDataCoding): number {
  if (dataCoding === 8) return character.length;
  return GSM_EXTENSION.has(character) ? 2 : 1;
}

/** Whether a text fits the GSM 7-bit alphabet (data_coding 0) or needs UCS-2 (data_coding 8), and its size. */
export function smsEncodingOf(text: string): SmsEncoding {
  const dataCoding: SmsDataCoding = fitsGsm(text) ? 0 : 8;
  const capacity = CAPACITY[dataCoding];
  let units = 0;
  let segments = 1;
  let inSegment = 0;
  for (const character of text) {
    const size = sizeOf(character, dataCoding);
    units += size;
    // An escaped character or a surrogate pair is never split over two parts.
    if (inSegment + size > capacity.part) {
      segments++;
      inSegment = 0;
    }
    inSegment += size;
  }
  return { dataCoding, units, segments: units <= capacity.single ? 1 : segments };
}

/** Whether a text fits in at most `segments` concatenated SMS parts. */
export function fitsSmsSegments(text: string, segments: number): boolean {
  return smsEncodingOf(text).segments <= segments;
}

/**
 * The text as SMPP carries it: GSM 03.38 septets one per byte (unpacked) for data_coding 0, or
 * UTF-16 big-endian for data_coding 8. Done here rather than by the `smpp` package, whose encoder
 * rebuilds its tables for every message.
 */
export function encodeSmsText(text: string, dataCoding: SmsDataCoding): Buffer {
  if (dataCoding === 8) return Buffer.from(text, 'utf16le').swap16();
  const septets: number[] = [];
  for (const character of text) {
    const basic = GSM_BASIC.get(character);
    const extended = GSM_EXTENSION.get(character);
    if (basic !== undefined) septets.push(basic);
    else if (extended !== undefined) septets.push(ESCAPE, extended);
    // Only for a caller that chose GSM-7 for a text that needs UCS-2: a space beats a wrong letter.
    else septets.push(0x20);
  }
  return Buffer.from(septets);
}
