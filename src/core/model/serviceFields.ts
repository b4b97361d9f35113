// What the validation of a Service's optional fields depends on: the helpers of
// pkg/api/service/util.go (ExternallyAccessible, NeedsHealthCheck) and the address checks
// ValidateService runs on `externalIPs` (ValidateNonSpecialIP) and `loadBalancerSourceRanges`
// (IsValidCIDR, parsed as netutils.ParseCIDRSloppy). docs/validation.md §9.
import { getSeq, getString } from './access';
import type { Resource } from './resource';
import { effectiveServiceType, isValidIP } from './service';
import { isScalar, type Range } from './types';

export interface StringItem {
  readonly value: string;
  readonly range: Range;
  readonly index: number;
}

/** apiservice.ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with `externalIPs`. */
export function isExternallyAccessible(svc: Resource): boolean {
  const type = effectiveServiceType(svc);
  if (type === 'LoadBalancer' || type === 'NodePort') return true;
  return type === 'ClusterIP' && (getSeq(svc.root, 'spec.externalIPs')?.items.length ?? 0) > 0;
}

/** apiservice.NeedsHealthCheck: a LoadBalancer whose `externalTrafficPolicy` is Local. */
export function needsHealthCheck(svc: Resource): boolean {
  return effectiveServiceType(svc) === 'LoadBalancer' && getString(svc.root, 'spec.externalTrafficPolicy')?.value === 'Local';
}

/** The string items of the list at `path`, with their index (others are the schema check's business). */
export function stringItems(svc: Resource, path: string): StringItem[] {
  const out: StringItem[] = [];
  getSeq(svc.root, path)?.items.forEach((item, index) => {
    if (isScalar(item) && typeof item.value === 'string') out.push({ value: item.value, range: item.range, index });
  });
  return out;
}

/** Go's net.ParseCIDR with sloppy IPv4 (leading zeros): an address, `/`, and a prefix length in range. */
export function isValidCIDR(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash === -1) return false;
  const [address, prefix] = [value.slice(0, slash), value.slice(slash + 1)];
  if (!isValidIP(address) || !/^[0-9]{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (address.includes(':') ? 128 : 32);
}

/** The 16-bit words of an IPv6 address part (an embedded IPv4 address gives two). */
function wordsOf(text: string): number[] {
  if (text === '') return [];
  return text.split(':').flatMap((part) => {
    if (!part.includes('.')) return [parseInt(part, 16)];
    const [a, b, c, d] = part.split('.').map(Number);
    return [a * 256 + b, c * 256 + d];
  });
}

/** The bytes of a valid address: 4 for IPv4 (and IPv4-mapped IPv6, as Go's To4 reads it), else 16. */
function addressBytes(value: string): number[] {
  if (!value.includes(':')) return value.split('.').map(Number);
  const halves = value.split('::');
  const head = wordsOf(halves[0]);
  const tail = halves.length === 2 ? wordsOf(halves[1]) : [];
  const words = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  const bytes = words.flatMap((w) => [w >> 8, w & 255]);
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255;
  return mapped ? bytes.slice(12) : bytes;
}

/** ValidateNonSpecialIP's details for a valid address: unspecified, loopback, link-local. */
export function specialIPProblems(value: string): string[] {
  const b = addressBytes(value);
  const v4 = b.length === 4;
  const out: string[] = [];
  if (b.every((x) => x === 0)) out.push(`may not be unspecified (${value})`);
  if (v4 ? b[0] === 127 : b.slice(0, 15).every((x) => x === 0) && b[15] === 1) out.push('may not be in the loopback range (127.0.0.0/8, ::1/128)');
  if (v4 ? b[0] === 169 && b[1] === 254 : b[0] === 0xfe && (b[1] & 0xc0) === 0x80) out.push('may not be in the link-local range (169.254.0.0/16, fe80::/10)');
  if (v4 ? b[0] === 224 && b[1] === 0 && b[2] === 0 : b[0] === 0xff && (b[1] & 0x0f) === 0x02) {
    out.push('may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)');
  }
  return out;
}
