import { privacyController, privacyStatementVersions } from '../../../db/schema/privacy-statement.js';
import { mapTable } from '../personal-data/map-table.js';

// The statement's own tables. Its text is public and written by the operator; what can be about a
// person is who published it, who last edited the contact details, and the contact details
// themselves (a sole trader's or a named privacy officer's are a person's).

/** Who published a version: kept while their account exists, then the link goes (the FK sets null). */
const publishers = mapTable(privacyStatementVersions, {
  purpose: 'legal-obligations',
  retention: { kind: 'while-account' },
  subject: { kind: 'user-reference', column: 'publishedBy' },
  heading: 'privacy',
  columns: {
    publishedBy: {
      category: 'reference',
      description: {
        nl: 'Wie een versie van de privacyverklaring publiceerde',
        en: 'Who published a version of the privacy statement',
      },
      erasure: { kind: 'null' },
    },
  },
});

const contact = (nl: string, en: string) =>
  ({
    category: 'contact',
    description: { nl, en },
    subject: { kind: 'search-value' },
    erasure: { kind: 'review' },
    mayNamePeople: true,
  }) as const;

/** The controller's contact details, which the statement must name (GDPR art. 13(1)(a) and (b)). */
const controllerDetails = mapTable(privacyController, {
  purpose: 'legal-obligations',
  retention: { kind: 'while-organisation' },
  subject: { kind: 'user-reference', column: 'updatedBy' },
  heading: 'privacy',
  columns: {
    controllerName: contact('Naam van de verwerkingsverantwoordelijke', 'Name of the controller'),
    postalAddress: contact(
      'Postadres van de verwerkingsverantwoordelijke',
      'Postal address of the controller',
    ),
    email: contact('E-mailadres van de verwerkingsverantwoordelijke', 'E-mail address of the controller'),
    phone: contact('Telefoonnummer van de verwerkingsverantwoordelijke', 'Phone number of the controller'),
    privacyOfficerContact: contact(
      'Contactgegevens van de privacyfunctionaris',
      'Contact details of the privacy officer',
    ),
    updatedBy: {
      category: 'reference',
      description: {
        nl: 'Wie de contactgegevens het laatst wijzigde',
        en: 'Who last changed the contact details',
      },
      erasure: { kind: 'null' },
    },
  },
});

export const PRIVACY_STATEMENT_DATA = [...publishers, ...controllerDetails];
