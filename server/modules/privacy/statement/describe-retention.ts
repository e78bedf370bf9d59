import type { BilingualText } from '../../../../common/privacy/browser-storage.js';
import type { RetentionRule } from '../personal-data/rules.js';

/** A retention rule of the data map in words, as the statement prints it. */
export function describeRetention(rule: RetentionRule, graceDays: number): BilingualText {
  switch (rule.kind) {
    case 'while-account':
      return {
        nl: `Zolang het account bestaat; na opzegging verwijderd na ${graceDays} dagen bedenktijd`,
        en: `As long as the account exists; erased ${graceDays} days after cancellation`,
      };
    case 'while-organisation':
      return {
        nl: 'Zolang de organisatie klant is, of tot zij het zelf verwijdert',
        en: 'As long as the organisation is a customer, or until it deletes it itself',
      };
    case 'with-incident':
      return rule.withoutIncident
        ? {
            nl: `Zolang de organisatie het incident bewaart; zonder incident ${rule.withoutIncident.days} dagen`,
            en: `As long as the organisation keeps the incident; without an incident ${rule.withoutIncident.days} days`,
          }
        : {
            nl: 'Zolang de organisatie het incident bewaart',
            en: 'As long as the organisation keeps the incident',
          };
    case 'with-parent':
      return {
        nl: 'Zolang het gegeven waar het bij hoort',
        en: 'As long as the record it belongs to',
      };
    case 'days':
      return { nl: `${rule.days} dagen`, en: `${rule.days} days` };
    case 'until-satisfied':
      return {
        nl: `Tot u tevreden bent met het antwoord (of ${rule.confirmDays} dagen niet reageert op de vraag of het beantwoord is), uiterlijk ${rule.maxDays} dagen; verwijderd in de eerstvolgende nachtelijke opschoning`,
        en: `Until you are satisfied with the answer (or do not reply within ${rule.confirmDays} days to the question whether it is answered), at most ${rule.maxDays} days; deleted in the next nightly clean-up`,
      };
    case 'until-verified':
      return {
        nl: 'Tot de link gebruikt is, en uiterlijk tot hij verloopt',
        en: 'Until the link is used, and at the latest until it expires',
      };
  }
}
