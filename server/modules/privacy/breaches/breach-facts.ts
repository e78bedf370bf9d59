import { DomainError } from '../../domain-error.js';

/** What the register says about a breach itself (art. 33(3)), apart from the decisions. */
export interface BreachFacts {
  /** When the operator became aware of it: the 72-hour clock starts here. */
  discoveredAt: Date;
  description: string;
  dataCategories: string;
  peopleCategories: string;
  approximatePeople: number | null;
  approximateRecords: number | null;
  likelyConsequences: string;
  measures: string;
  contactPoint: string;
}

/** A breach cannot be discovered in the future: the clock would start later than it does. */
export function refuseFutureDiscovery(discoveredAt: Date, now: Date): void {
  if (discoveredAt.getTime() > now.getTime()) throw new DomainError('data_breach_discovered_in_future', 400);
}
