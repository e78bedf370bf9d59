import { z } from 'zod';

const ZBooleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

export const PROCESS_ROLES = ['web', 'worker', 'cron'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

const ZRoles = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(PROCESS_ROLES)).min(1));

/** Every setting Baken reads from the environment, with its default. README's table mirrors this. */
export const ZConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  ROLES: ZRoles.default(['web', 'worker', 'cron']),
  /** Seed the demo organisation into an empty database; default on for the embedded database only. */
  DEMO: ZBooleanFlag.optional(),
  /** Password of the demo accounts; a random one is printed when unset. */
  DEMO_PASSWORD: z.string().min(12).optional(),
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
  TRUST_PROXY: ZBooleanFlag.default(false),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Baken <noreply@baken.local>'),
  /** 32 bytes, base64: encrypts second-factor secrets. Generated in DATA_DIR when embedded; required with DATABASE_URL. */
  SECRET_KEY: z.string().optional(),
  /** Days between cancelling an account and erasing its personal data; it can be undone until then. */
  ERASURE_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** How often an open live stream re-checks its session, so a signed-out device stops receiving. */
  STREAM_SESSION_CHECK_MS: z.coerce.number().int().min(100).default(10_000),
  /**
   * Raster tiles for the incident map, e.g. `https://tile.example.nl/{z}/{x}/{y}.png` (`{s}.` may
   * start the host). Without it there is no map: nothing loads from a third party unless configured.
   */
  MAP_TILE_URL: z
    .url({ protocol: /^https?$/ })
    .refine(
      (url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)),
      'must contain {z}, {x} and {y}',
    )
    .refine(
      (url) => /^https?:\/\/(\{s\}\.)?[a-z0-9.-]+(:\d+)?\//i.test(url),
      'host: letters, digits, dots, dashes, {s}. first',
    )
    .optional(),
  /** Credit shown on the map, e.g. `© OpenStreetMap-bijdragers`. */
  MAP_ATTRIBUTION: z.string().max(500).optional(),
  /** How SMS leaves Baken: an SMPP bind (`SMPP_URL`) or an HTTP gateway (`SMS_HTTP_URL`). Unset: no SMS. */
  SMS_GATEWAY: z.enum(['smpp', 'http']).optional(),
  /** `smpp://system_id:password@host:2775` (or `ssmpp://` for TLS). */
  SMPP_URL: z
    .string()
    .regex(/^s?smpp:\/\//, 'must start with smpp:// or ssmpp://')
    .optional(),
  /** A CM.com-compatible JSON gateway, e.g. `https://gw.cmtelecom.com/v1.0/message`. */
  SMS_HTTP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The gateway's product token. */
  SMS_HTTP_TOKEN: z.string().optional(),
  /**
   * Secret in the status report URL the gateway posts delivery reports to
   * (`/api/sms/status-reports?token=…`); unset, that webhook is closed. 32+ random characters.
   */
  SMS_HTTP_REPORT_TOKEN: z.string().min(32, 'at least 32 characters').max(200).optional(),
  /** Sender shown on the phone: up to 11 letters or a phone number. */
  SMS_SENDER: z
    .string()
    .regex(/^([A-Za-z0-9 ]{1,11}|\+?[0-9]{3,16})$/, 'up to 11 letters and digits, or a phone number')
    .default('Baken'),
  /** Contact for push services (VAPID `sub`), a mailto: or https: URL. */
  PUSH_CONTACT: z
    .string()
    .regex(/^(mailto:|https:)/, 'must start with mailto: or https:')
    .default('mailto:noreply@baken.local'),
  /** Parallel hand-overs per channel in one worker process. */
  ALERT_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(32),
  /** How long a worker holds a claimed delivery; after a crash, another takes it up after this. */
  ALERT_DELIVERY_LEASE_MS: z.coerce.number().int().min(500).default(30_000),
  /** How often the worker looks for unanswered recipients to escalate and retries that are due. */
  ALERT_SWEEP_MS: z.coerce.number().int().min(100).default(5_000),
  /** How long a response link in an e-mail or SMS works. */
  ALERT_LINK_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(24),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** 8 MiB: a 5 MB logbook attachment is about 6.7 MiB in base64, plus the rest of the entry. */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(8_388_608),
});

export type Config = z.infer<typeof ZConfig>;

export class ConfigError extends Error {}

/** Reads the configuration once; command-line flags (`--roles`, `--no-demo`) override the environment. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const source: Record<string, string | undefined> = { ...env };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--no-demo') source.DEMO = 'false';
    else if (argument.startsWith('--roles=')) source.ROLES = argument.slice('--roles='.length);
    else if (argument === '--roles') source.ROLES = argv[++index];
    else if (argument.startsWith('--port=')) source.PORT = argument.slice('--port='.length);
  }
  for (const [key, value] of Object.entries(source)) if (value === '') delete source[key];
  const parsed = ZConfig.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  if (Boolean(parsed.data.TLS_CERT_FILE) !== Boolean(parsed.data.TLS_KEY_FILE)) {
    throw new ConfigError('Invalid configuration:\n  TLS_CERT_FILE and TLS_KEY_FILE must be given together');
  }
  if (parsed.data.ROLES.includes('worker') && !parsed.data.ROLES.includes('web') && !parsed.data.PUBLIC_URL)
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: required for a worker without the web role (alerts link to it)',
    );
  const sms = parsed.data;
  if (sms.SMS_GATEWAY === 'smpp' && !sms.SMPP_URL)
    throw new ConfigError('Invalid configuration:\n  SMPP_URL: required with SMS_GATEWAY=smpp');
  if (sms.SMS_GATEWAY === 'http' && !(sms.SMS_HTTP_URL && sms.SMS_HTTP_TOKEN))
    throw new ConfigError(
      'Invalid configuration:\n  SMS_HTTP_URL and SMS_HTTP_TOKEN: required with SMS_GATEWAY=http',
    );
  return parsed.data;
}
