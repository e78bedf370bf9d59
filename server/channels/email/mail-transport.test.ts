import { describe, expect, it } from 'vitest';
import { smtpConnectionOptions } from './mail-transport.js';

describe('the SMTP connection', () => {
  // @promise P12
  it('requires STARTTLS for a server elsewhere, so mail never leaves the machine unencrypted', () => {
    expect(smtpConnectionOptions('smtp://user:secret@mail.example.nl:587')).toMatchObject({
      host: 'mail.example.nl',
      port: 587,
      auth: { user: 'user', pass: 'secret' },
      requireTLS: true,
    });
  });

  it('uses TLS from the start for smtps://, and allows plain SMTP only on this machine or when the URL says so', () => {
    expect(smtpConnectionOptions('smtps://mail.example.nl')).toMatchObject({
      secure: true,
      requireTLS: false,
    });
    expect(smtpConnectionOptions('smtp://127.0.0.1:2525').requireTLS).toBe(false);
    expect(smtpConnectionOptions('smtp://localhost:25').requireTLS).toBe(false);
    expect(smtpConnectionOptions('smtp://relay.intern:25?requireTLS=false').requireTLS).toBe(false);
  });
});
