import { PermanentDeliveryError } from '../alert-channel.js';

/**
 * A phone number as typed by people ("06 1234 5678", "+31 (0)6-12345678", "0031612345678") in
 * international form without a plus: "31612345678". A number starting with one 0 is Dutch, since
 * Baken's organisations are. Throws PermanentDeliveryError('invalid_phone_number') for anything
 * that cannot be a number, so the delivery fails with a reason instead of being retried.
 */
export function internationalNumber(phone: string): string {
  const compact = phone.replace(/\(0\)/g, '').replace(/[\s().\-/]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0')) digits = `31${compact.slice(1)}`;
  else digits = compact;
  // "+31 06 …": the Dutch trunk 0 written after the country code by mistake.
  if (digits.startsWith('310')) digits = `31${digits.slice(3)}`;
  // E.164 allows 15 digits; below 8 there is no subscriber number in any country.
  if (!/^[1-9][0-9]{7,14}$/.test(digits)) throw new PermanentDeliveryError('invalid_phone_number');
  return digits;
}
