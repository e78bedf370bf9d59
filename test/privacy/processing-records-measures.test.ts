import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config/config.js';
import { PROJECT_ROOT } from '../../server/config/paths.js';
import {
  SECURITY_MEASURES,
  securityMeasuresFor,
  transportMeasure,
} from '../../server/modules/privacy/processing-records/security-measures.js';

// The records may only claim what the code does: each measure points at the code that does it.
describe('the security measures in the records of processing', () => {
  it.each(SECURITY_MEASURES.map((measure) => [measure.id, measure] as const))(
    '%s is carried out where it says',
    (_id, measure) => {
      expect(measure.evidence.length).toBeGreaterThan(0);
      for (const evidence of measure.evidence)
        expect(readFileSync(join(PROJECT_ROOT, evidence.file), 'utf8'), evidence.file).toContain(
          evidence.contains,
        );
    },
  );

  it('says how connections are encrypted as this installation is configured, and warns without HTTPS', () => {
    const text = (env: Record<string, string>) => transportMeasure(loadConfig(env)).text.en;
    expect(text({ TLS_CERT_FILE: '/etc/cert.pem', TLS_KEY_FILE: '/etc/key.pem' })).toMatch(
      /Baken itself serves HTTPS/,
    );
    expect(text({ PUBLIC_URL: 'https://baken.voorbeeld.nl', TRUST_PROXY: 'true' })).toMatch(/proxy.*HSTS/);
    expect(text({})).toMatch(/not set up for HTTPS/);
    for (const evidence of transportMeasure(loadConfig({})).evidence)
      expect(readFileSync(join(PROJECT_ROOT, evidence.file), 'utf8')).toContain(evidence.contains);
  });

  it('has every measure in Dutch and English, once', () => {
    const measures = securityMeasuresFor(loadConfig({}));
    expect(new Set(measures.map((measure) => measure.id)).size).toBe(measures.length);
    for (const measure of measures) {
      expect(measure.text.nl).not.toBe('');
      expect(measure.text.en).not.toBe('');
    }
  });
});
