import type { Language } from '../../i18n/language.js';

/**
 * What a template says, as plain text; the layout turns it into the text and HTML parts and does
 * all escaping, so no template writes HTML.
 */
export interface MailContent {
  subject: string;
  heading: string;
  intro: string[];
  action?: { label: string; url: string };
  outro?: string[];
  /** Who sent the message and why the reader receives it. */
  footer: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const LINK_FALLBACK: Record<Language, string> = {
  nl: 'Werkt de knop niet? Kopieer dan deze link in uw browser:',
  en: 'If the button does not work, copy this link into your browser:',
};

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Links in mail are ours and point to the app; anything but http(s) is a bug, never a link. */
function assertWebLink(url: string): string {
  const protocol = new URL(url).protocol;
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`Mail link must be http(s): ${url}`);
  return url;
}

export function renderMailContent(content: MailContent, language: Language): RenderedMail {
  const action = content.action && { ...content.action, url: assertWebLink(content.action.url) };
  // A line break in a subject would end the header; variables never get to add headers.
  const subject = content.subject.replace(/\s+/g, ' ').trim();
  return { subject, text: renderText(content, action), html: renderHtml(content, action, language) };
}

function renderText(content: MailContent, action: MailContent['action']): string {
  const blocks = [content.heading, ...content.intro];
  if (action) blocks.push(`${action.label}:\n${action.url}`);
  blocks.push(...(content.outro ?? []));
  blocks.push(`-- \n${content.footer}`);
  return `${blocks.join('\n\n')}\n`;
}

const PARAGRAPH = 'margin:0 0 16px;font-size:16px;line-height:1.5;';
const SMALL = 'margin:0 0 16px;font-size:14px;line-height:1.5;color:#52606d;';

function renderHtml(content: MailContent, action: MailContent['action'], language: Language): string {
  const paragraph = (text: string) => `<p style="${PARAGRAPH}">${escapeHtml(text)}</p>`;
  const button = action
    ? `<p style="margin:24px 0;"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 20px;border-radius:6px;">${escapeHtml(action.label)}</a></p>
<p style="${SMALL}">${escapeHtml(LINK_FALLBACK[language])}<br><a href="${escapeHtml(action.url)}" style="color:#1d4ed8;word-break:break-all;">${escapeHtml(action.url)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
<p style="margin:0 0 16px;font-size:14px;font-weight:bold;letter-spacing:0.05em;color:#52606d;">BAKEN</p>
<div style="background:#ffffff;border-radius:8px;padding:24px;">
<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escapeHtml(content.heading)}</h1>
${content.intro.map(paragraph).join('\n')}
${button}
${(content.outro ?? []).map(paragraph).join('\n')}
</div>
<p style="margin:16px 0 0;font-size:12px;line-height:1.5;color:#7b8794;">${escapeHtml(content.footer)}</p>
</div>
</body>
</html>
`;
}
