// E-mails hold live links (confirm an address, reset a password, answer an alert). Shown in the
// report, a link would let whoever sees the report (a borrowed session) use it, and a confirmation
// would no longer prove control of the mailbox; so the report keeps the link but not its token.

const LINK_WITH_SECRET = /(https?:\/\/[^\s"'<>?#]+)[?#][^\s"'<>]*/g;

/** The text with every link's query and fragment replaced by a marker. */
export function redactLinks(text: string): string {
  return text.replace(LINK_WITH_SECRET, '$1?[…]');
}

/** Tables whose text may carry live links, and the columns to redact. */
export const LINK_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  mail_messages: ['subject', 'text_body', 'last_error'],
};
