import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { Config } from '../../../config/config.js';

/** Where the code does what a measure says: a file and a string in it, checked by a test. */
export interface MeasureEvidence {
  file: string;
  contains: string;
}

export interface SecurityMeasureEntry {
  id: string;
  text: BilingualText;
  evidence: readonly MeasureEvidence[];
}

export type SecurityConfig = Pick<Config, 'TLS_CERT_FILE' | 'PUBLIC_URL' | 'TRUST_PROXY'>;

/**
 * The technical and organisational measures (art. 30(1)(g), 32) that the code carries out on every
 * installation. Only what the code really does: test/privacy/processing-records-measures.test.ts
 * opens each evidence file, so a measure that is taken out of the code fails the test.
 */
export const SECURITY_MEASURES: readonly SecurityMeasureEntry[] = [
  {
    id: 'passwords',
    text: {
      nl: 'Wachtwoorden alleen als onomkeerbare hash (argon2id); minimaal 12 tekens en niet in een lijst van veelgebruikte wachtwoorden.',
      en: 'Passwords only as an irreversible hash (argon2id); at least 12 characters and not in a list of common passwords.',
    },
    evidence: [
      { file: 'server/modules/accounts/passwords.ts', contains: 'argon2id' },
      { file: 'server/modules/accounts/password-policy.ts', contains: 'PASSWORD_MIN_LENGTH = 12' },
    ],
  },
  {
    id: 'sign-in-throttling',
    text: {
      nl: 'Inlogpogingen beperkt per account en per adres, in de database zodat alle servers hetzelfde tellen.',
      en: 'Sign-in attempts limited per account and per address, in the database so every server counts alike.',
    },
    evidence: [{ file: 'server/modules/accounts/login-throttle.ts', contains: "'account-ip'" }],
  },
  {
    id: 'second-factor',
    text: {
      nl: 'Tweede factor (TOTP) beschikbaar, door een organisatie verplicht te stellen; het geheim versleuteld opgeslagen (AES-256-GCM).',
      en: 'Second factor (TOTP) available, which an organisation can make mandatory; its secret stored encrypted (AES-256-GCM).',
    },
    evidence: [
      { file: 'server/modules/accounts/secret-box.ts', contains: 'aes-256-gcm' },
      { file: 'server/db/schema/organisations.ts', contains: 'requireSecondFactor' },
    ],
  },
  {
    id: 'sessions',
    text: {
      nl: 'Sessies met een willekeurig token van 256 bits in een Secure, HttpOnly, SameSite-cookie; alleen de hash wordt bewaard; verlopen na 12 uur zonder gebruik en na uiterlijk 7 dagen.',
      en: 'Sessions with a random 256-bit token in a Secure, HttpOnly, SameSite cookie; only its hash is stored; they end after 12 hours unused and after 7 days at most.',
    },
    evidence: [
      { file: 'server/modules/accounts/session-tokens.ts', contains: 'randomBytes(32)' },
      {
        file: 'server/modules/accounts/session-tokens.ts',
        contains: 'SESSION_IDLE_MS = 12 * 60 * 60 * 1000',
      },
      { file: 'server/routes/auth/session-cookie.ts', contains: 'httpOnly: true' },
    ],
  },
  {
    id: 'tenant-isolation',
    text: {
      nl: 'Scheiding per organisatie met row-level security in PostgreSQL: een verzoek ziet en wijzigt alleen rijen van de eigen organisatie.',
      en: 'Separation per organisation with PostgreSQL row-level security: a request sees and changes only its own organisation’s rows.',
    },
    evidence: [
      { file: 'server/db/tenant-transaction.ts', contains: 'baken_tenant' },
      { file: 'server/db/migrations/0002_tenant_row_security.sql', contains: 'ENABLE ROW LEVEL SECURITY' },
    ],
  },
  {
    id: 'audit-log',
    text: {
      nl: 'Auditlog van gevoelige handelingen dat niet gewijzigd kan worden (de database weigert wijzigen en wissen, behalve na de bewaartermijn).',
      en: 'Audit log of sensitive actions that cannot be changed (the database refuses changes and deletion, except after the retention period).',
    },
    evidence: [
      { file: 'server/db/migrations/0004_audit_append_only.sql', contains: 'the audit log is append-only' },
      { file: 'server/modules/audit/record-audit.ts', contains: 'export async function recordAudit' },
    ],
  },
  {
    id: 'push-encryption',
    text: {
      nl: 'Pushmeldingen end-to-end versleuteld (RFC 8291): de pushdienst van de browser kan de inhoud niet lezen.',
      en: 'Push notifications end-to-end encrypted (RFC 8291): the browser’s push service cannot read the content.',
    },
    evidence: [{ file: 'server/channels/push/push-sender.ts', contains: "'aes128gcm'" }],
  },
  {
    id: 'sealed-secrets',
    text: {
      nl: 'Kopieën van identiteitsbewijzen en de privésleutel voor pushmeldingen versleuteld met de platformsleutel; een kopie wordt verwijderd zodra de identiteit is vastgesteld.',
      en: 'Copies of identity documents and the private key for push notifications encrypted with the platform key; a copy is deleted once the identity is established.',
    },
    evidence: [
      { file: 'server/modules/privacy/requests/id-copy.ts', contains: 'encryptSecret' },
      { file: 'server/channels/push/vapid-keys.ts', contains: 'encryptSecret' },
    ],
  },
  {
    id: 'single-use-links',
    text: {
      nl: 'Links in e-mails (bevestigen, uitnodigen, wachtwoord herstellen) zijn eenmalig, verlopen, en worden alleen als hash bewaard.',
      en: 'Links in e-mails (confirmation, invitation, password reset) are single-use, expire, and are stored only as a hash.',
    },
    evidence: [{ file: 'server/modules/accounts/user-tokens.ts', contains: 'hashToken(token)' }],
  },
  {
    id: 'web-hardening',
    text: {
      nl: 'Strikte Content-Security-Policy, geen verwijzer naar andere sites, niet in frames te laden; wijzigingen alleen vanaf de eigen pagina’s van Baken (CSRF-bescherming).',
      en: 'Strict Content-Security-Policy, no referrer to other sites, cannot be framed; changes only from Baken’s own pages (CSRF protection).',
    },
    evidence: [
      { file: 'server/http/middleware/security-headers.ts', contains: "'Referrer-Policy', 'no-referrer'" },
      { file: 'server/http/middleware/csrf.ts', contains: 'sec-fetch-site' },
    ],
  },
  {
    id: 'operator-need-to-know',
    text: {
      nl: 'Medewerkers van de beheerder zien de inhoud van een organisatie alleen met een tijdelijke toegang die de organisatie zelf verleent en kan intrekken.',
      en: 'Operator staff see an organisation’s content only with temporary access that the organisation itself grants and can revoke.',
    },
    evidence: [{ file: 'server/modules/operator/has-active-support-grant.ts', contains: 'revokedAt' }],
  },
  {
    id: 'retention',
    text: {
      nl: 'Elke nacht worden gegevens verwijderd waarvan de bewaartermijn uit het gegevensoverzicht voorbij is.',
      en: 'Every night, data whose retention period in the data map has passed is deleted.',
    },
    evidence: [{ file: 'server/modules/privacy/retention/retention-job.ts', contains: "'30 3 * * *'" }],
  },
  {
    id: 'log-redaction',
    text: {
      nl: 'Serverlogs zonder querystrings en met geheimen onleesbaar gemaakt.',
      en: 'Server logs without query strings and with secrets redacted.',
    },
    evidence: [
      { file: 'server/http/logger.ts', contains: '[redacted]' },
      { file: 'server/http/middleware/request-context.ts', contains: 'without their query string' },
    ],
  },
];

/** How connections are encrypted on this installation: it depends on the configuration, so it says so. */
export function transportMeasure(config: SecurityConfig): SecurityMeasureEntry {
  const evidence = [
    { file: 'server/http/listen.ts', contains: 'TLS_CERT_FILE' },
    { file: 'server/http/middleware/security-headers.ts', contains: 'Strict-Transport-Security' },
  ];
  if (config.TLS_CERT_FILE)
    return {
      id: 'transport',
      text: {
        nl: 'Verbindingen versleuteld: Baken zelf biedt HTTPS (TLS) aan, met HSTS.',
        en: 'Connections encrypted: Baken itself serves HTTPS (TLS), with HSTS.',
      },
      evidence,
    };
  if (config.PUBLIC_URL?.startsWith('https://'))
    return {
      id: 'transport',
      text: config.TRUST_PROXY
        ? {
            nl: 'Verbindingen versleuteld: HTTPS (TLS) via de proxy voor Baken, met HSTS.',
            en: 'Connections encrypted: HTTPS (TLS) through the proxy in front of Baken, with HSTS.',
          }
        : {
            nl: 'Verbindingen versleuteld: HTTPS (TLS) via de proxy voor Baken; HSTS alleen als de proxy dat toevoegt (TRUST_PROXY staat uit).',
            en: 'Connections encrypted: HTTPS (TLS) through the proxy in front of Baken; HSTS only if the proxy adds it (TRUST_PROXY is off).',
          },
      evidence,
    };
  return {
    id: 'transport',
    text: {
      nl: 'Let op: deze installatie is niet ingericht voor HTTPS (geen TLS-certificaat, PUBLIC_URL niet https). Richt dat in vóór echt gebruik.',
      en: 'Note: this installation is not set up for HTTPS (no TLS certificate, PUBLIC_URL not https). Set that up before real use.',
    },
    evidence,
  };
}

/** Every measure for this installation, transport first. */
export function securityMeasuresFor(config: SecurityConfig): SecurityMeasureEntry[] {
  return [transportMeasure(config), ...SECURITY_MEASURES];
}
