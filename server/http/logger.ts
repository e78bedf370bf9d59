export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

// Keys whose values never reach a log line, wherever they appear in the fields.
const SECRET_KEY = /pass(word)?|secret|token|cookie|authorization|api[-_]?key|hash/i;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error && 'query' in value) {
    // A failed query's message lists its parameters (names, addresses, hashes): log the SQL and
    // the database's reason only.
    const cause = value.cause as { code?: string; message?: string } | undefined;
    const query = (value as { query: unknown }).query;
    return { name: value.name, query, cause: { code: cause?.code, message: cause?.message } };
  }
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEY.test(key) ? '[redacted]' : redact(item, depth + 1),
    ]),
  );
}

/** Structured JSON lines on stdout, one object per line, with secrets redacted by key. */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Logger {
  const threshold = LEVEL_ORDER[level];
  const log = (entryLevel: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
    if (LEVEL_ORDER[entryLevel] < threshold) return;
    const entry = {
      time: new Date().toISOString(),
      level: entryLevel,
      message,
      ...(redact(fields) as LogFields),
    };
    write(`${JSON.stringify(entry)}\n`);
  };
  return {
    debug: (message, fields) => log('debug', message, fields),
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}
