import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { DataMapEntry } from '../personal-data/map-table.js';
import type { RetentionRule, SubjectLink } from '../personal-data/rules.js';
import type { DataSource } from './access-report.js';

// The words of the access report that the data map does not hold itself.

/** Every answer to a data-subject request names the supervisory authority (P20). */
export const COMPLAINT_TEXT: BilingualText = {
  nl: 'Bent u het niet eens met hoe Baken met uw gegevens omgaat? U hebt het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl, Postbus 93374, 2509 AJ Den Haag).',
  en: 'Do you disagree with how Baken handles your data? You have the right to complain to the Dutch Data Protection Authority, the Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl, PO Box 93374, 2509 AJ The Hague, the Netherlands).',
};

export const RIGHTS_TEXT: BilingualText = {
  nl: 'U kunt uw gegevens inzien (dit overzicht), laten verbeteren (uw profiel, of via uw organisatie), laten verwijderen (uw account opzeggen), de verwerking laten beperken, bezwaar maken, en de gegevens die u zelf verstrekte downloaden om mee te nemen (het ZIP-bestand).',
  en: 'You can see your data (this report), have it corrected (your profile, or through your organisation), have it erased (cancel your account), have its processing restricted, object, and download the data you provided yourself to take elsewhere (the ZIP file).',
};

export const SOURCE_TEXTS: Record<DataSource, BilingualText> = {
  person: { nl: 'Door u verstrekt', en: 'Provided by you' },
  organisation: { nl: 'Door uw organisatie verstrekt', en: 'Provided by your organisation' },
  platform: { nl: 'Door Baken vastgelegd bij uw gebruik', en: 'Recorded by Baken as you use it' },
};

// References that someone in the organisation set (an admin put you in a team, on a roster, on an
// alert) rather than Baken recording what you did yourself.
const SET_BY_ORGANISATION = new Set([
  'users.organisation_id',
  'users.role',
  'operator_staff.role',
  'team_members.user_id',
  'role_deputies.user_id',
  'on_call_rosters.member_ids',
  'on_call_swaps.user_id',
  'alerts.targets',
  'alert_recipients.user_id',
  'alert_recipients.role_name',
  'incident_participants.user_id',
  'incident_participants.team_name',
  'incident_participants.role_name',
  'incident_tasks.owner_user_id',
  'erasure_schedule.subject_id',
]);

/** Where a value came from: derived from the map's portability, category and subject. */
export function sourceOf(entry: DataMapEntry): DataSource {
  if (SET_BY_ORGANISATION.has(`${entry.table}.${entry.column}`)) return 'organisation';
  if (entry.export.kind === 'value' && entry.export.portable) return 'person';
  if (entry.category === 'technical' || entry.category === 'login' || entry.category === 'reference')
    return 'platform';
  if (entry.subject.kind === 'search-value')
    return entry.purpose === 'crisis-work' ? 'organisation' : 'platform';
  if (entry.category === 'settings' && entry.table !== 'users') return 'platform';
  return 'person';
}

/** A retention rule in words; `graceDays` is the configured wait before a cancelled account is erased. */
export function retentionText(rule: RetentionRule, graceDays: number): BilingualText {
  switch (rule.kind) {
    case 'while-account':
      return {
        nl: `Zolang uw account bestaat; na opzeggen nog ${graceDays} dagen, dan verwijderd.`,
        en: `As long as your account exists; after cancellation ${graceDays} more days, then erased.`,
      };
    case 'while-organisation':
      return {
        nl: 'Zolang uw organisatie klant is; zij beheert en verwijdert dit zelf.',
        en: 'As long as your organisation is a customer; it manages and deletes this itself.',
      };
    case 'with-incident':
      return rule.withoutIncident
        ? {
            nl: `Zolang uw organisatie het incident bewaart; zonder incident ${rule.withoutIncident.days} dagen.`,
            en: `As long as your organisation keeps the incident; without an incident ${rule.withoutIncident.days} days.`,
          }
        : {
            nl: 'Zolang uw organisatie het incident bewaart (bijvoorbeeld volgens de Archiefwet).',
            en: 'As long as your organisation keeps the incident (for example under the Dutch Archives Act).',
          };
    case 'with-parent':
      return {
        nl: 'Zolang het gegeven waar dit bij hoort.',
        en: 'As long as the record it belongs to.',
      };
    case 'days':
      return { nl: `${rule.days} dagen.`, en: `${rule.days} days.` };
    case 'until-satisfied':
      return {
        nl: `Tot u tevreden bent met het antwoord, of ${rule.confirmDays} dagen nadat u gevraagd bent of het beantwoord is; uiterlijk ${rule.maxDays} dagen. Daarna verwijderd in de eerstvolgende nachtelijke opschoning.`,
        en: `Until you are satisfied with the answer, or ${rule.confirmDays} days after you were asked whether it is answered; at most ${rule.maxDays} days. Then deleted in the next nightly clean-up.`,
      };
    case 'until-verified':
      return {
        nl: 'Tot de link gebruikt is of verloopt.',
        en: 'Until the link is used or expires.',
      };
  }
}

/** How the rows of a table were found, in the person's words. */
export function foundByText(link: SubjectLink): BilingualText {
  switch (link.kind) {
    case 'account':
      return { nl: 'Uw account', en: 'Your account' };
    case 'user-reference':
      return { nl: `Rijen met uw account in ${link.column}`, en: `Rows with your account in ${link.column}` };
    case 'user-id-list':
      return {
        nl: `Rijen met uw account in de lijst ${link.column}`,
        en: `Rows listing your account in ${link.column}`,
      };
    case 'email-address':
      return { nl: 'Berichten aan uw e-mailadres', en: 'Messages to your e-mail address' };
    case 'via-row':
      return {
        nl: `Rijen die horen bij uw rijen in ${link.table}`,
        en: `Rows belonging to your rows in ${link.table}`,
      };
    case 'via-email-row':
      return {
        nl: `Rijen die horen bij rijen met uw e-mailadres in ${link.table}`,
        en: `Rows belonging to rows with your e-mail address in ${link.table}`,
      };
    case 'hashed':
      return { nl: `Gevonden via een hash: ${link.how.nl}`, en: `Found through a hash: ${link.how.en}` };
    case 'search-value':
      return {
        nl: 'Teksten waarin uw naam, e-mailadres, telefoonnummer of accountnummer voorkomt',
        en: 'Texts in which your name, e-mail address, phone number or account id appears',
      };
  }
}
