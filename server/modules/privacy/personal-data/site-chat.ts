import { siteChatConversations, siteChatMessages } from '../../../db/schema/site-chat.js';
import { SITE_CHAT_CONFIRM_DAYS, SITE_CHAT_MAX_AGE_DAYS } from '../../site-chat/chat-retention.js';
import { mapTable } from './map-table.js';

// The website chat (P9). A visitor has no account: their conversation is found by the e-mail
// address they gave in it, if any. Everything goes with the conversation, which is deleted once
// the visitor is satisfied (or did not answer whether they are), at the latest after its maximum age.

const deleteRow = { kind: 'delete-row' } as const;
const text = (nl: string, en: string) => ({ nl, en });

const conversations = mapTable(siteChatConversations, {
  purpose: 'visitor-questions',
  retention: {
    kind: 'until-satisfied',
    purgeAfter: 'purgeAfter',
    confirmDays: SITE_CHAT_CONFIRM_DAYS,
    maxDays: SITE_CHAT_MAX_AGE_DAYS,
  },
  subject: { kind: 'email-address', column: 'contactEmail' },
  heading: 'site-chat',
  portable: true,
  columns: {
    contactName: {
      category: 'identity',
      description: text('Naam die u in de chat opgaf', 'Name you gave in the chat'),
      erasure: deleteRow,
    },
    contactEmail: {
      category: 'contact',
      description: text('E-mailadres dat u in de chat opgaf', 'E-mail address you gave in the chat'),
      erasure: deleteRow,
    },
    contactCompany: {
      category: 'identity',
      description: text('Bedrijfsnaam die u in de chat opgaf', 'Company you gave in the chat'),
      erasure: deleteRow,
    },
    contactRequest: {
      category: 'content',
      description: text(
        'Welke contactgegevens een medewerker vroeg, en waarom',
        'Which contact details a staff member asked for, and why',
      ),
      erasure: deleteRow,
      export: { kind: 'value', heading: 'site-chat', portable: false },
    },
    tokenHash: {
      category: 'technical',
      description: text(
        'Hash van de gesprekssleutel in uw browser',
        'Hash of the conversation key in your browser',
      ),
      erasure: deleteRow,
      export: {
        kind: 'described',
        heading: 'site-chat',
        shownAs: text(
          'Een hash van de willekeurige sleutel die uw browser bewaart om het gesprek terug te lezen; niet de sleutel zelf.',
          'A hash of the random key your browser keeps to read the conversation back; not the key itself.',
        ),
      },
    },
  },
});

const messages = mapTable(siteChatMessages, {
  purpose: 'visitor-questions',
  retention: { kind: 'with-parent', via: 'conversationId' },
  subject: {
    kind: 'via-email-row',
    column: 'conversationId',
    table: 'site_chat_conversations',
    emailColumn: 'contact_email',
  },
  heading: 'site-chat',
  columns: {
    author: {
      category: 'content',
      description: text(
        'Wie het bericht schreef: u of een medewerker',
        'Who wrote the message: you or staff',
      ),
      erasure: deleteRow,
    },
    body: {
      category: 'content',
      description: text('Berichten in het chatgesprek', 'Messages in the chat conversation'),
      erasure: deleteRow,
      mayNamePeople: true,
      // The conversation as the visitor had it: their own words, with the answers they were given.
      export: { kind: 'value', heading: 'site-chat', portable: true },
    },
    staffUserId: {
      category: 'reference',
      description: text('Welke medewerker een antwoord schreef', 'Which staff member wrote an answer'),
      subject: { kind: 'user-reference', column: 'staffUserId' },
      erasure: { kind: 'null' },
    },
  },
});

export const SITE_CHAT_DATA = [...conversations, ...messages];
