import type { promisesNl } from './nl-promises';

export const promisesEn: typeof promisesNl = {
  promises: {
    title: 'Privacy promises',
    intro:
      'Each promise of the privacy statement (P1 to P21), with the code that keeps it and the tests that prove it. This list is made from annotations in the source code, not kept by hand.',
    summary: '{{kept}} of the {{total}} promises are kept and proven.',
    code: 'Kept in',
    tests: 'Proven by',
    noCode: 'Not in the code yet.',
    noTests: 'No test yet.',
    status: {
      kept: 'Kept and proven',
      unproven: 'Kept, not proven yet',
      open: 'Not kept yet',
    },
  },
};
