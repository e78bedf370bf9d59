/** Dutch text for the cookie notice and its settings (P3, P13). */
export const consentNl = {
  consent: {
    title: 'Cookies en inhoud van derden',
    intro:
      'Baken gebruikt functionele opslag om u ingelogd te houden en uw taal te onthouden; daarvoor is geen toestemming nodig. Voor statistiek en voor inhoud van andere partijen, zoals kaarttegels, vragen we uw toestemming. U kunt uw keuze altijd wijzigen of intrekken via "Cookie-instellingen" onderaan elke pagina.',
    privacyLink: 'Lees de privacyverklaring',
    current: 'Uw huidige keuze: statistiek {{analytics}}, derden {{thirdParty}}.',
    changed:
      'De privacyverklaring is gewijzigd sinds u koos. Kies opnieuw; tot dan staan statistiek en inhoud van derden uit.',
    yes: 'toegestaan',
    no: 'geweigerd',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    choose: 'Zelf kiezen',
    close: 'Sluiten zonder wijzigen',
    categories: 'Kies per soort',
    alwaysOn: 'altijd aan',
    noAnalyticsYet:
      'Baken laadt op dit moment geen statistiekscripts; uw keuze wordt vastgelegd en geldt voor statistiek die later wordt toegevoegd.',
    save: 'Keuze opslaan',
    settingsLink: 'Cookie-instellingen',
    placeholder: {
      text: 'De kaart komt van {{provider}}. Die partij ziet daarbij uw IP-adres, dus we laden hem pas met uw toestemming.',
      load: 'Kaart laden (deelt uw IP-adres met {{provider}})',
      remembered: 'Baken onthoudt deze toestemming voor inhoud van derden; intrekken kan altijd via de',
    },
  },
};
