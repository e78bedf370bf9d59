import type { AlertMessage } from '../alert-channel.js';
import { fitsSmsSegments } from './sms-encoding.js';

/** Longer alerts cost more and arrive in pieces on old phones; three parts hold any useful alert. */
export const MAX_SMS_SEGMENTS = 3;

const WORDS = {
  nl: { exercise: 'OEFENING', location: 'Locatie', respond: 'Antwoord' },
  en: { exercise: 'EXERCISE', location: 'Location', respond: 'Respond' },
} as const;

// Three dots, not "…": that character is not in the GSM alphabet and would halve the room.
const CUT_MARK = '...';

interface SmsParts {
  exercise: string | null;
  organisation: string;
  title: string;
  body: string;
  location: string;
  locationLabel: string;
  respond: string;
}

/**
 * The parts that may be shortened, in this order: the body first; the location last but one,
 * since it tells where to go. The link and the exercise mark never are.
 */
const SHRINKABLE = ['body', 'title', 'location', 'organisation'] as const;
type ShrinkablePart = (typeof SHRINKABLE)[number];

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function characters(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compose(parts: SmsParts): string {
  const heading = parts.organisation ? `[${parts.organisation}] ${parts.title}` : parts.title;
  return [
    parts.exercise,
    heading.trim(),
    parts.body,
    parts.location && `${parts.locationLabel}: ${parts.location}`,
    parts.respond,
  ]
    .filter((line): line is string => Boolean(line))
    .join('\n');
}

/** The first `count` characters, ended at a word when one ends close by, with a cut mark. */
function cut(text: string[], count: number): string {
  if (count >= text.length) return text.join('');
  if (count <= 0) return '';
  const kept = text.slice(0, count).join('');
  const lastSpace = kept.search(/\s\S*$/);
  const atWord = lastSpace > kept.length - 15 && lastSpace > 0 ? kept.slice(0, lastSpace) : kept;
  return `${atWord.trimEnd()}${CUT_MARK}`;
}

/** Shortens one part as little as needed for the whole text to fit (binary search on its length). */
function shrink(parts: SmsParts, key: ShrinkablePart): SmsParts {
  const text = characters(parts[key]);
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsSmsSegments(compose({ ...parts, [key]: cut(text, middle) }), MAX_SMS_SEGMENTS)) low = middle;
    else high = middle - 1;
  }
  return { ...parts, [key]: cut(text, low) };
}

/**
 * The alert as one SMS of at most three parts, in the recipient's language: exercise mark first,
 * then organisation, title, body, location and the response link. The body is shortened first;
 * the link is never cut, since without it the recipient cannot answer.
 */
export function renderAlertSms(message: AlertMessage): string {
  const words = WORDS[message.language];
  let parts: SmsParts = {
    exercise: message.isExercise ? words.exercise : null,
    organisation: singleLine(message.organisationName),
    title: singleLine(message.title),
    body: message.body
      .replace(/\r\n?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    location: singleLine(message.location),
    locationLabel: words.location,
    respond: `${words.respond}: ${message.responseUrl}`,
  };
  for (const key of SHRINKABLE) {
    if (fitsSmsSegments(compose(parts), MAX_SMS_SEGMENTS)) break;
    parts = shrink(parts, key);
  }
  return compose(parts);
}
