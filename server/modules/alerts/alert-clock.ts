/**
 * Where alerting reads the time. Escalation, quiet hours and link expiry are rules about minutes;
 * tests move this clock instead of sleeping through them.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
