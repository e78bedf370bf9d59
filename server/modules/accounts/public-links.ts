/** Links in e-mails are built from the configured public address only, never from a request's Host header. */
export function publicLink(publicUrl: string, path: string, token: string): string {
  const url = new URL(path, publicUrl);
  url.searchParams.set('token', token);
  return url.toString();
}
