/** Messages of the rosters area, in Dutch and English; merged into MESSAGES (messages.ts). */
export const ROSTERS_MESSAGES = {
  roster_role_taken: {
    nl: 'Deze rol heeft al een piketrooster. Pas dat rooster aan, of kies een andere rol.',
    en: 'This role already has an on-call roster. Change that roster, or choose another role.',
  },
  roster_member_unknown: {
    nl: 'Deze persoon hoort niet (meer) bij uw organisatie.',
    en: 'This person is not (or no longer) part of your organisation.',
  },
  roster_member_inactive: {
    nl: 'Deze persoon is gedeactiveerd en kan niet aan het rooster worden toegevoegd. Activeer het account eerst.',
    en: 'This person is deactivated and cannot be added to the roster. Reactivate the account first.',
  },
  roster_swap_person_unavailable: {
    nl: 'Deze persoon kan geen dienst overnemen: het account is niet actief of niet bereikbaar. Kies een andere collega.',
    en: 'This person cannot take over a shift: the account is not active or cannot be reached. Choose another colleague.',
  },
  roster_swap_to_self: {
    nl: 'U heeft deze dienst al. Kies de collega die hem overneemt.',
    en: 'This shift is already yours. Choose the colleague who takes it over.',
  },
  roster_swap_not_yours: {
    nl: 'U kunt alleen uw eigen dienst ruilen, en alleen voor een periode waarin u de hele tijd piket heeft. Vraag een beheerder om andere ruilingen.',
    en: 'You can only swap your own shift, for a period in which you are on call the whole time. Ask an administrator for other swaps.',
  },
  roster_swap_remove_not_yours: {
    nl: 'Alleen wie deze ruil heeft gemaakt, of een beheerder, kan hem intrekken.',
    en: 'Only the person who made this swap, or an administrator, can withdraw it.',
  },
  roster_swap_in_past: {
    nl: 'Deze periode is al voorbij. Kies een eind in de toekomst.',
    en: 'This period is already over. Choose an end in the future.',
  },
  deputy_unknown: {
    nl: 'Deze persoon hoort niet (meer) bij uw organisatie.',
    en: 'This person is not (or no longer) part of your organisation.',
  },
  deputy_inactive: {
    nl: 'Deze persoon is gedeactiveerd en kan geen plaatsvervanger worden. Activeer het account eerst.',
    en: 'This person is deactivated and cannot become a deputy. Reactivate the account first.',
  },
  field_roster_start_range: {
    nl: 'Kies een begin tussen het jaar 2000 en 2100.',
    en: 'Choose a start between the years 2000 and 2100.',
  },
  field_roster_end_after_start: {
    nl: 'Het eind moet na het begin liggen.',
    en: 'The end must come after the start.',
  },
  field_roster_swap_too_long: {
    nl: 'Een ruil duurt hoogstens 31 dagen. Maak er zo nodig meer.',
    en: 'A swap lasts at most 31 days. Make more than one if needed.',
  },
  field_roster_range_too_long: {
    nl: 'Vraag hoogstens 62 dagen tegelijk op.',
    en: 'Ask for at most 62 days at a time.',
  },
  field_person_twice: {
    nl: 'Deze persoon staat al in de lijst.',
    en: 'This person is already on the list.',
  },
} as const;
