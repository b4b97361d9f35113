// Pod spec fields that name another object by a DNS-1123 subdomain (ValidatePodSpec:
// ValidateServiceAccountName, ValidatePriorityClassName): `""` and unset are fine, as upstream
// only checks a non-empty name.
import { getString } from '../model/access';
import { invalid, type FieldProblem } from '../model/fieldProblem';
import { dns1123SubdomainProblem } from '../model/names';
import { POD_SPEC_PATH } from '../model/podSpec';
import type { Resource } from '../model/resource';

export function subdomainFieldProblems(sts: Resource, key: string): FieldProblem<'invalid'>[] {
  const path = `${POD_SPEC_PATH}.${key}`;
  const name = getString(sts.root, path);
  const problem = name?.value ? dns1123SubdomainProblem(name.value) : undefined;
  return name && problem ? [invalid(path, name.range, name.value, problem)] : [];
}
