/** Where and as whom to bind: `smpp://system_id:password@host:port`, `ssmpp://` for TLS. */
export interface SmppEndpoint {
  host: string;
  port: number;
  tls: boolean;
  systemId: string;
  password: string;
}

/** Reads an SMPP URL; the default ports are 2775 (plain) and 3550 (TLS), as the `smpp` package has them. */
export function parseSmppUrl(url: string): SmppEndpoint {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('SMPP_URL is not a URL (expected smpp://system_id:password@host:port)');
  }
  if (parsed.protocol !== 'smpp:' && parsed.protocol !== 'ssmpp:')
    throw new Error('SMPP_URL must start with smpp:// or ssmpp://');
  if (!parsed.hostname || !parsed.username)
    throw new Error('SMPP_URL needs a system_id and a host (smpp://system_id:password@host:port)');
  const tls = parsed.protocol === 'ssmpp:';
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : tls ? 3550 : 2775,
    tls,
    systemId: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}
