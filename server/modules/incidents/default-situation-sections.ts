import type { SituationSection } from '../../db/schema/preparation.js';

/**
 * The picture a Dutch crisis team builds when its scenario names no template: the BOB model
 * (beeldvorming, oordeelsvorming, besluitvorming). Stored on the incident like a template's sections.
 */
export const DEFAULT_SITUATION_SECTIONS: SituationSection[] = [
  { key: 'beeldvorming', title: 'Beeldvorming', hint: 'Wat is er gebeurd, wat weten we en wat niet?' },
  {
    key: 'oordeelsvorming',
    title: 'Oordeelsvorming',
    hint: 'Wat betekent dit, welke risico’s en dilemma’s zien we?',
  },
  { key: 'besluitvorming', title: 'Besluitvorming', hint: 'Wat besluiten we, wie doet wat en wanneer?' },
];
