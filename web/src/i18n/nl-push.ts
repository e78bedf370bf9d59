/** Dutch text for push. */
export const pushNl = {
  push: {
    title: 'Meldingen op dit apparaat',
    intro:
      'Een crisisalarmering komt als melding op uw telefoon of computer binnen, ook als Baken gesloten is. Vanuit de melding antwoordt u meteen of u komt. Zet meldingen aan op elk apparaat waarop u gealarmeerd wilt worden.',
    on: 'Aan op dit apparaat',
    off: 'Uit op dit apparaat',
    onText: 'Alarmeringen komen op dit apparaat binnen als melding.',
    offText:
      'Op dit apparaat krijgt u nog geen meldingen. Zonder meldingen bereikt een alarmering u per e-mail of sms.',
    enable: 'Meldingen aanzetten',
    disable: 'Meldingen uitzetten op dit apparaat',
    enabled: 'Meldingen staan aan. U krijgt alarmeringen op dit apparaat.',
    disabled: 'Meldingen staan uit op dit apparaat.',
    problem: {
      unsupported:
        'Deze browser kan geen meldingen ontvangen. Gebruik een recente versie van Chrome, Edge, Firefox of Safari, of een ander apparaat.',
      install_first:
        'Op een iPhone of iPad krijgt u meldingen alleen in de app op uw beginscherm. Tik in Safari op de deelknop, kies ‘Zet op beginscherm’, open Baken vanaf het beginscherm en zet de meldingen daar aan.',
      denied:
        'Meldingen van Baken zijn op dit apparaat geblokkeerd. Sta ze toe in de instellingen van de browser: tik of klik op het symbool links van het webadres, kies Meldingen en zet ze op Toestaan. Probeer het daarna opnieuw.',
      dismissed:
        'U heeft de vraag om toestemming gesloten. Kies ‘Toestaan’ als de browser het opnieuw vraagt.',
      no_service_worker:
        'Baken is op dit apparaat nog niet helemaal geladen. Laad de pagina opnieuw met internetverbinding en probeer het nog eens. In een privévenster werken meldingen niet.',
      push_service:
        'De browser kan zijn meldingendienst niet bereiken, dus meldingen konden niet worden aangezet. Controleer de internetverbinding en probeer het opnieuw. Lukt het daarna nog niet, dan blokkeert het netwerk (bijvoorbeeld van uw werk) of een instelling van de browser meldingen.',
    },
    devicesTitle: 'Apparaten die meldingen krijgen',
    noDevices: 'Nog geen enkel apparaat.',
    thisDevice: 'Dit apparaat',
    unknownDevice: 'Onbekend apparaat',
    added: 'Aangezet op',
    lastSuccess: 'Laatste melding afgegeven',
    never: 'Nog niet',
    remove: 'Verwijderen',
    removed: '{{device}} krijgt geen meldingen meer.',
  },
};
