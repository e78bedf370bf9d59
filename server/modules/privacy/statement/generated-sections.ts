import { STORAGE_CATEGORIES } from '../../../../common/privacy/browser-storage.js';
import { COOKIE_REGISTER } from '../cookie-register.js';
import { DATA_MAP } from '../data-map.js';
import { DISCLOSURE_KINDS } from '../disclosures.js';
import { LEGAL_BASES } from '../legal-bases.js';
import { PERSONAL_DATA_CATEGORIES } from '../personal-data/categories.js';
import type { ProcessorConfig } from '../processor-entries.js';
import { processorsFor } from '../processors.js';
import { CONTROLLERS, PURPOSE_IDS, PURPOSES } from '../purposes.js';
import type { ControllerDetails } from './controller-details.js';
import { describeRetention } from './describe-retention.js';
import { complaintsBlocks, rightsBlocks } from './rights-text.js';
import { STATEMENT_PHRASES as P, SECTION_HEADINGS } from './statement-phrases.js';
import type {
  GeneratedSectionId,
  StatementBlock,
  StatementLanguage,
  StatementSection,
} from './statement-types.js';

/** What the generated sections are built from besides the registers in code. */
export interface GeneratedInput {
  config: ProcessorConfig & { ERASURE_GRACE_DAYS: number };
  controller: ControllerDetails;
}

const paragraph = (text: string): StatementBlock => ({ kind: 'paragraph', text });
const list = (items: string[]): StatementBlock => ({ kind: 'list', items });
const unique = (values: string[]) => [...new Set(values)];

function purposes(lang: StatementLanguage): StatementBlock[] {
  return [
    paragraph(P.purposesIntro[lang]),
    ...PURPOSE_IDS.flatMap((id) => {
      const purpose = PURPOSES[id];
      const bases = purpose.legalBases.map(
        (basis) => `${LEGAL_BASES[basis][lang]} (${LEGAL_BASES[basis].article})`,
      );
      return [
        { kind: 'heading', text: purpose.name[lang] } as const,
        paragraph(purpose.description[lang]),
        list([
          `${P.legalBasis[lang]}: ${bases.join('; ')}. ${purpose.basisNote[lang]}`,
          `${P.controller[lang]}: ${CONTROLLERS[purpose.controller][lang]}.`,
        ]),
      ];
    }),
    paragraph(P.noOtherPurposes[lang]),
  ];
}

function dataKinds(lang: StatementLanguage): StatementBlock[] {
  const categories = Object.keys(PERSONAL_DATA_CATEGORIES) as (keyof typeof PERSONAL_DATA_CATEGORIES)[];
  return [
    paragraph(P.dataKindsIntro[lang]),
    ...categories.flatMap((category) => {
      const items = unique(
        DATA_MAP.filter((entry) => entry.category === category).map((e) => e.description[lang]),
      );
      return items.length === 0
        ? []
        : [{ kind: 'heading', text: PERSONAL_DATA_CATEGORIES[category][lang] } as const, list(items)];
    }),
  ];
}

function retention(lang: StatementLanguage, graceDays: number): StatementBlock[] {
  const byRule = new Map<string, string[]>();
  for (const entry of DATA_MAP) {
    const rule = describeRetention(entry.retention, graceDays)[lang];
    byRule.set(rule, [...(byRule.get(rule) ?? []), entry.description[lang]]);
  }
  return [
    paragraph(P.retentionIntro[lang]),
    ...[...byRule.entries()].flatMap(([rule, descriptions]) => [
      { kind: 'heading', text: rule } as const,
      list(unique(descriptions)),
    ]),
  ];
}

function recipients(lang: StatementLanguage): StatementBlock[] {
  return [
    paragraph(P.recipientsIntro[lang]),
    list(
      Object.values(DISCLOSURE_KINDS).map((kind) => {
        const bases = kind.legalBases.map((basis) => LEGAL_BASES[basis][lang]).join(', ');
        return `${kind.name[lang]} (${kind.recipient[lang]}): ${kind.explanation[lang]} ${P.legalBasis[lang]}: ${bases}.`;
      }),
    ),
  ];
}

function processors(lang: StatementLanguage, config: ProcessorConfig): StatementBlock[] {
  const entries = processorsFor(config);
  return [
    paragraph(P.processorsIntro[lang]),
    list(
      entries.map((entry) => {
        const parts = [
          `${entry.name[lang]} (${P.processorRoles[entry.role][lang]}): ${entry.task[lang]}.`,
          `${P.dataKinds[lang]}: ${entry.dataKinds[lang]}.`,
          `${P.location[lang]}: ${entry.location?.[lang] ?? P.locationUnknown[lang]}.`,
          entry.safeguards[lang],
        ];
        return parts.join(' ');
      }),
    ),
  ];
}

function cookies(lang: StatementLanguage): StatementBlock[] {
  return [
    paragraph(P.cookiesIntro[lang]),
    list(
      COOKIE_REGISTER.map((entry) => {
        const category = STORAGE_CATEGORIES[entry.category];
        const party = entry.party === 'first' ? P.firstParty[lang] : P.thirdParty[lang];
        const name = entry.nameIsPrefix ? `${entry.name}…` : entry.name;
        return `${name} (${P.mechanisms[entry.mechanism][lang]}, ${category[lang]}, ${party}): ${entry.purpose[lang]} ${P.lifetime[lang]}: ${entry.lifetime[lang]}.`;
      }),
    ),
    paragraph(P.cookiesRemove[lang]),
  ];
}

function controller(lang: StatementLanguage, details: ControllerDetails): StatementBlock[] {
  const lines = [
    details.controllerName,
    ...details.postalAddress.split(/\r?\n/),
    details.chamberOfCommerceNumber ? `${P.chamberOfCommerce[lang]}: ${details.chamberOfCommerceNumber}` : '',
    details.email ? `${P.email[lang]}: ${details.email}` : '',
    details.phone ? `${P.phone[lang]}: ${details.phone}` : '',
    details.privacyOfficerContact ? `${P.privacyOfficer[lang]}: ${details.privacyOfficerContact}` : '',
  ].filter((line) => line.trim() !== '');
  if (lines.length === 0) return [paragraph(P.controllerMissing[lang])];
  return [paragraph(P.controllerIntro[lang]), list(lines)];
}

/** Every generated section in one language, in statement order, from the registers as they are now. */
// @promise P1, P2, P4, P13 the statement’s sections are generated from the registers, so they match the code
export function generatedSections(lang: StatementLanguage, input: GeneratedInput): StatementSection[] {
  const blocks: Record<GeneratedSectionId, StatementBlock[]> = {
    purposes: purposes(lang),
    'data-kinds': dataKinds(lang),
    retention: retention(lang, input.config.ERASURE_GRACE_DAYS),
    recipients: recipients(lang),
    processors: processors(lang, input.config),
    cookies: cookies(lang),
    rights: rightsBlocks(lang),
    complaints: complaintsBlocks(lang),
    changes: [paragraph(P.changes[lang])],
    controller: controller(lang, input.controller),
  };
  return (Object.keys(blocks) as GeneratedSectionId[]).map((id) => ({
    id,
    kind: 'generated',
    heading: SECTION_HEADINGS[id][lang],
    blocks: blocks[id],
  }));
}
