// validateWindowsSecurityContextOptions (pkg/apis/core/validation/validation.go): what the
// apiserver checks in a pod's or container's `securityContext.windowsOptions`, whatever `os.name`
// says, with its limits and its words. Lengths are Go's `len`, in bytes.
import { getKey } from '../model/access';
import { invalid, type FieldProblem } from '../model/fieldProblem';
import { dns1123SubdomainProblem } from '../model/names';
import { isMap, type YMap } from '../model/types';
import { stringField } from './securityContextChecks';

const MAX_GMSA_SPEC_KIB = 64;
const MAX_DOMAIN_LENGTH = 256;
const MAX_USER_LENGTH = 104;
// validNetBiosRegex, validWindowsUserDomainDNSRegex, invalidUserNameCharsRegex, invalidUserNameDotsSpacesRegex.
const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u;
const DNS_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const DNS_DOMAIN = new RegExp(`^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
const USER_CHARS = /["/\\:;|=,+*?<>@[\]]/;
const ONLY_DOTS_SPACES = /^[. ]+$/;

const UTF8 = new TextEncoder();
const byteLength = (text: string): number => UTF8.encode(text).length;

/** The `windowsOptions` map of a security context, if it has one. */
export function windowsOptionsOf(context: YMap | undefined): YMap | undefined {
  const options = getKey(context, 'windowsOptions');
  return isMap(options) ? options : undefined;
}

/** validateWindowsSecurityContextOptions for the options at `path` (`…securityContext.windowsOptions`). */
export function windowsOptionsProblems(options: YMap, path: string): FieldProblem<'invalid'>[] {
  const out: FieldProblem<'invalid'>[] = [];
  const specName = stringField(options, 'gmsaCredentialSpecName');
  const nameProblem = specName ? dns1123SubdomainProblem(specName.value) : undefined;
  if (specName && nameProblem) out.push(invalid(`${path}.gmsaCredentialSpecName`, specName.node.range, specName.value, nameProblem));
  const spec = stringField(options, 'gmsaCredentialSpec');
  const specProblem = spec ? gmsaSpecProblem(spec.value) : undefined;
  if (spec && specProblem) out.push(invalid(`${path}.gmsaCredentialSpec`, spec.node.range, spec.value, specProblem));
  const user = stringField(options, 'runAsUserName');
  for (const detail of user ? runAsUserNameProblems(user.value) : []) out.push(invalid(`${path}.runAsUserName`, user!.node.range, user!.value, detail));
  return out;
}

function gmsaSpecProblem(spec: string): string | undefined {
  if (spec === '') return 'gmsaCredentialSpec cannot be an empty string';
  return byteLength(spec) > MAX_GMSA_SPEC_KIB * 1024 ? `gmsaCredentialSpec size must be under ${MAX_GMSA_SPEC_KIB} KiB` : undefined;
}

/** Go's [[:cntrl:]]: the ASCII control characters. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The runAsUserName checks, in upstream's order: the first three stop the rest. */
export function runAsUserNameProblems(name: string): string[] {
  if (name === '') return ['runAsUserName cannot be an empty string'];
  if (hasControlCharacter(name)) return ['runAsUserName cannot contain control characters'];
  const parts = name.split('\\');
  if (parts.length > 2) return ['runAsUserName cannot contain more than one backslash'];
  const [domain, user] = parts.length === 1 ? ['', parts[0]] : parts;
  const out: string[] = [];
  if (byteLength(domain) >= MAX_DOMAIN_LENGTH) out.push(`runAsUserName's Domain length must be under ${MAX_DOMAIN_LENGTH} characters`);
  if (parts.length === 2 && !NETBIOS.test(domain) && !DNS_DOMAIN.test(domain)) out.push("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
  if (user === '') out.push("runAsUserName's User cannot be empty");
  else if (byteLength(user) > MAX_USER_LENGTH) out.push(`runAsUserName's User length must not be longer than ${MAX_USER_LENGTH} characters`);
  if (ONLY_DOTS_SPACES.test(user)) out.push("runAsUserName's User cannot contain only periods or spaces");
  if (USER_CHARS.test(user)) out.push('runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]');
  return out;
}
