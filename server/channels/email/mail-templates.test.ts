import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATE_NAMES, type MailTemplateVariables, renderMail } from './mail-templates.js';

const EXAMPLES: MailTemplateVariables = {
  'portability-transfer-link': {
    senderName: 'Anna <de> Vries',
    recipientName: 'Nieuwe Dienst B.V.',
    downloadUrl: 'https://baken.voorbeeld.nl/data-transfer#abc',
    expiresAt: '2027-03-09T10:00:00Z',
  },
  'recipient-notice': {
    controllerName: 'Baken B.V.',
    controllerEmail: 'privacy@baken.example',
    change: 'rectification',
    fields: ['naam', 'telefoonnummer'],
    reference: 'PV-2026-118',
    disclosedOn: '3 november 2026',
  },
  'erasure-postponed': {
    organisationName: 'Gemeente <Noord>',
    reason: 'U werkt mee aan een incident dat nog loopt.',
    article: 'AVG/GDPR art. 17(3)(b)',
    controller: {
      controllerName: 'Baken B.V.',
      postalAddress: 'Postbus 1, 3500 AA Utrecht',
      email: 'privacy@baken.example',
      phone: '030 123 4567',
      privacyOfficerContact: '',
    },
  },
  'privacy-request-received': {
    right: 'erasure',
    dueAt: '2027-02-28T10:00:00Z',
    withdrawUrl: 'https://baken.voorbeeld.nl/privacy/request/withdraw#abc.def',
  },
  'portability-transfer-sent': {
    recipientName: 'Nieuwe Dienst B.V.',
    recipientEmail: 'import@nieuwedienst.example',
    expiresAt: '2027-03-09T10:00:00Z',
    myDataUrl: 'https://baken.voorbeeld.nl/my-data',
  },
  'test-message': {},
  invitation: {
    organisationName: 'Veiligheidsregio <Noord> & "Oost"',
    inviterName: "Jan O'Brien",
    acceptUrl: 'https://baken.voorbeeld.nl/uitnodiging/abc?a=1&b=2',
  },
  'password-reset': { resetUrl: 'https://baken.voorbeeld.nl/wachtwoord/xyz', expiresInMinutes: 30 },
  'email-verification': { verifyUrl: 'https://baken.voorbeeld.nl/bevestigen/123' },
  alert: {
    organisationName: 'Gemeente <Noord>',
    recipientName: 'Anna de Vries',
    title: 'Brand in gemeentehuis',
    body: 'Het beleidsteam komt bijeen.',
    location: 'Markt 1, Utrecht',
    isExercise: true,
    urgency: 'crisis',
    responseUrl: 'https://baken.voorbeeld.nl/respond#abc',
  },
  'privacy-request-confirm': {
    right: 'erasure',
    confirmUrl: 'https://baken.voorbeeld.nl/privacy/request/confirm#abc',
    expiresInHours: 24,
  },
  'privacy-request-id-copy': {
    right: 'access',
    reason: 'Het e-mailadres hoort bij twee personen.',
    uploadUrl: 'https://baken.voorbeeld.nl/privacy/request/id-copy#abc',
    expiresInDays: 14,
  },
  'privacy-request-extended': {
    right: 'access',
    reason: 'Veel gegevens in oude incidenten.',
    firstDueAt: '2027-02-28T10:00:00Z',
    extendedUntil: '2027-04-28T10:00:00Z',
  },
  'privacy-request-answer': {
    right: 'erasure',
    outcome: 'answered',
    answer: 'Uw gegevens zijn verwijderd.',
    controller: {
      controllerName: 'Baken B.V.',
      postalAddress: 'Postbus 1, 3500 AA Utrecht',
      email: 'privacy@baken.example',
      phone: '030 123 4567',
      privacyOfficerContact: '',
    },
  },
  'restriction-lifted': { organisationName: 'Gemeente <Noord>' },
  'privacy-request-deadline': {
    requests: [{ right: 'access', dueAt: '2027-02-28T10:00:00Z', overdue: true }],
    queueUrl: 'https://baken.voorbeeld.nl/operator/privacy-requests',
  },
  'data-breach-affected': {
    organisationName: 'Gemeente <Noord>',
    discoveredAt: '2027-03-01T08:00:00Z',
    description: 'Een back-up stond openbaar.',
    dataCategories: 'Namen en e-mailadressen',
    peopleCategories: 'Medewerkers',
    likelyConsequences: '',
    measures: 'De back-up is verwijderd.',
    contactPoint: 'privacy@baken.example',
    breachesUrl: 'https://baken.voorbeeld.nl/admin/breaches',
  },
  'data-breach-deadline': {
    stage: 'overdue',
    discoveredAt: '2027-03-01T08:00:00Z',
    dueAt: '2027-03-04T08:00:00Z',
    description: 'Een back-up stond openbaar.',
    breachUrl: 'https://baken.voorbeeld.nl/operator/breaches/abc',
  },
};

describe('mail templates', () => {
  it.each(MAIL_TEMPLATE_NAMES.flatMap((name) => [[name, 'nl'] as const, [name, 'en'] as const]))(
    '%s renders in %s with a subject, a text part and an HTML part that say who sent it',
    (name, language) => {
      const mail = renderMail(name, language, EXAMPLES[name]);
      expect(mail.subject).toMatch(/Baken/);
      expect(mail.text).toMatch(
        language === 'nl' ? /verstuurd door Baken/ : /sent (automatically )?by Baken/,
      );
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).not.toMatch(/<script/i);
    },
  );

  it('says the Dutch and English test message', () => {
    expect(renderMail('test-message', 'nl', {}).text).toContain('Dit is een testbericht van Baken');
    expect(renderMail('test-message', 'en', {}).text).toContain('This is a test message from Baken');
  });

  it('escapes variables in HTML and keeps them as written in text', () => {
    const mail = renderMail('invitation', 'en', EXAMPLES.invitation);
    expect(mail.html).toContain('Veiligheidsregio &lt;Noord&gt; &amp; &quot;Oost&quot;');
    expect(mail.html).toContain('Jan O&#39;Brien');
    expect(mail.html).toContain('href="https://baken.voorbeeld.nl/uitnodiging/abc?a=1&amp;b=2"');
    expect(mail.html).not.toContain('<Noord>');
    expect(mail.text).toContain('Veiligheidsregio <Noord> & "Oost"');
    expect(mail.text).toContain('https://baken.voorbeeld.nl/uitnodiging/abc?a=1&b=2');
  });

  it('keeps a line break in a variable out of the subject', () => {
    const mail = renderMail('invitation', 'nl', {
      ...EXAMPLES.invitation,
      organisationName: 'A\r\nBcc: x@y.z',
    });
    expect(mail.subject).toBe('Uitnodiging voor A Bcc: x@y.z in Baken');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => renderMail('email-verification', 'nl', { verifyUrl: 'javascript:alert(1)' })).toThrow(
      /http/,
    );
  });

  it('counts minutes in the right form', () => {
    expect(
      renderMail('password-reset', 'nl', { resetUrl: 'https://b.nl/r', expiresInMinutes: 1 }).text,
    ).toContain('1 minuut geldig');
    expect(
      renderMail('password-reset', 'en', { resetUrl: 'https://b.nl/r', expiresInMinutes: 60 }).text,
    ).toContain('valid for 60 minutes');
  });
});
