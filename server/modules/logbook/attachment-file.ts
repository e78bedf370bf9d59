import { DomainError } from '../domain-error.js';

/** The largest attachment, decoded: 5 MB. MAX_BODY_BYTES leaves room for it in base64. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isZip = (bytes: Buffer) => startsWith(bytes, ZIP);
const isOle = (bytes: Buffer) => startsWith(bytes, OLE);

interface FileKind {
  /** The name must end in one of these; otherwise the first is added, so no `.exe` is saved. */
  extensions: string[];
  /** The first bytes the type always starts with; text has none. */
  matches?: (bytes: Buffer) => boolean;
}

/**
 * The kinds of file a logbook entry may carry. Checking the bytes keeps a renamed program or web
 * page from passing as a photo; macro-enabled Office types are not on the list.
 */
const ALLOWED_TYPES = new Map<string, FileKind>([
  [
    'image/png',
    {
      extensions: ['.png'],
      matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    },
  ],
  [
    'image/jpeg',
    { extensions: ['.jpg', '.jpeg', '.jfif'], matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) },
  ],
  ['image/gif', { extensions: ['.gif'], matches: (bytes) => /^GIF8[79]a/.test(ascii(bytes, 0, 6)) }],
  [
    'image/webp',
    {
      extensions: ['.webp'],
      matches: (bytes) => ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP',
    },
  ],
  ['application/pdf', { extensions: ['.pdf'], matches: (bytes) => ascii(bytes, 0, 5) === '%PDF-' }],
  ['text/plain', { extensions: ['.txt', '.log'] }],
  ['text/csv', { extensions: ['.csv'] }],
  ['application/msword', { extensions: ['.doc'], matches: isOle }],
  ['application/vnd.ms-excel', { extensions: ['.xls'], matches: isOle }],
  ['application/vnd.ms-powerpoint', { extensions: ['.ppt'], matches: isOle }],
  [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    { extensions: ['.docx'], matches: isZip },
  ],
  [
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    { extensions: ['.xlsx'], matches: isZip },
  ],
  [
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    { extensions: ['.pptx'], matches: isZip },
  ],
  ['application/vnd.oasis.opendocument.text', { extensions: ['.odt'], matches: isZip }],
  ['application/vnd.oasis.opendocument.spreadsheet', { extensions: ['.ods'], matches: isZip }],
  ['application/vnd.oasis.opendocument.presentation', { extensions: ['.odp'], matches: isZip }],
]);

function startsWith(bytes: Buffer, signature: number[]) {
  return signature.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Buffer, start: number, end: number) {
  return bytes.subarray(start, end).toString('latin1');
}

export interface AttachmentUpload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  byteSize: number;
  /** The content as checked base64: the database decodes it (PGlite takes a raw Buffer slowly). */
  contentBase64: string;
}

/**
 * The media type without parameters, in lower case. Browsers on Windows label a .csv file as
 * Excel's, so a CSV name wins over that label.
 */
function normaliseContentType(contentType: string, fileName: string) {
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  if (type === 'image/jpg') return 'image/jpeg';
  if (type === 'application/vnd.ms-excel' && /\.csv$/i.test(fileName)) return 'text/csv';
  return type;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Checks an uploaded file and decodes it: 413 above 5 MB (measured before decoding), 400 for a
 * type that is not allowed or bytes that are not that type. The name is made safe to save.
 */
export function readAttachmentUpload(upload: AttachmentUpload): AttachmentFile {
  const name = sanitiseFileName(upload.fileName);
  const contentType = normaliseContentType(upload.contentType, name);
  const kind = ALLOWED_TYPES.get(contentType);
  if (!kind) throw new DomainError('attachment_type_not_allowed', 400);
  const encoded = upload.contentBase64;
  if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) throw new DomainError('attachment_not_base64', 400);
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  const byteSize = (encoded.length / 4) * 3 - padding;
  if (byteSize > MAX_ATTACHMENT_BYTES) throw new DomainError('attachment_too_large', 413);
  if (byteSize === 0) throw new DomainError('attachment_empty', 400);
  const content = Buffer.from(encoded, 'base64');
  if (kind.matches && !kind.matches(content)) throw new DomainError('attachment_content_mismatch', 400);
  const fitsType = kind.extensions.some((extension) => name.toLowerCase().endsWith(extension));
  return {
    fileName: fitsType ? name : `${name}${kind.extensions[0]}`,
    contentType,
    byteSize: content.length,
    contentBase64: encoded,
  };
}

const MAX_FILE_NAME_LENGTH = 200;

/**
 * A file name that is safe to store and hand back: no folders, no control or direction-changing
 * characters (which can disguise `exe.pdf` as `fdp.exe`), none of the characters Windows refuses,
 * no leading dot, and at most 200 characters with the extension kept.
 */
export function sanitiseFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned.length === 0) return 'bijlage';
  const characters = [...cleaned];
  if (characters.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = characters.lastIndexOf('.');
  const extension = dot > 0 && characters.length - dot <= 10 ? characters.slice(dot) : [];
  return [...characters.slice(0, MAX_FILE_NAME_LENGTH - extension.length), ...extension].join('');
}

/** A Content-Disposition that makes the browser save the file under its (possibly non-ASCII) name. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
