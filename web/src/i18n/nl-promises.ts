export const promisesNl = {
  promises: {
    title: 'Privacybeloften',
    intro:
      'Elke belofte uit de privacyverklaring (P1 tot en met P21), met de code die haar waarmaakt en de tests die dat bewijzen. Deze lijst wordt gemaakt uit aantekeningen in de broncode, niet met de hand bijgehouden.',
    summary: '{{kept}} van de {{total}} beloften zijn waargemaakt en bewezen.',
    code: 'Waargemaakt in',
    tests: 'Bewezen door',
    noCode: 'Nog nergens in de code.',
    noTests: 'Nog geen test.',
    status: {
      kept: 'Waargemaakt en bewezen',
      unproven: 'Waargemaakt, nog niet bewezen',
      open: 'Nog niet waargemaakt',
    },
  },
};
