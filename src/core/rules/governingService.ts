// "The governing Service" (the Service `spec.serviceName` names, in the StatefulSet's namespace),
// the opening every sts-service-* rule shares; the lookup itself is model/serviceLookup.ts.
import type { Resource } from '../model/resource';
import { chosenService, lookUpService, type ServiceLookup } from '../model/serviceLookup';
import type { Range } from '../model/types';
import type { RuleContext } from './types';

export interface GoverningService {
  readonly lookup: ServiceLookup;
  /** The Service of that name in the StatefulSet's namespace that fits best. */
  readonly svc: Resource;
}

/** The governing Service, when `spec.serviceName` names one that exists in the namespace. */
export function governingService({ resource, index }: RuleContext): GoverningService | undefined {
  const lookup = lookUpService(resource, index);
  const svc = lookup && chosenService(lookup);
  return lookup && svc ? { lookup, svc } : undefined;
}

/** Where the sts-service-* findings point: the StatefulSet's `spec.serviceName` value. */
export function atServiceName(lookup: ServiceLookup): { readonly range: Range; readonly path: string } {
  return { range: lookup.serviceName.range, path: 'spec.serviceName' };
}
