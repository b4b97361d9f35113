import { getNumber, getString } from '../model/access';
import { SESSION_AFFINITIES } from '../model/enums';
import { invalid, unsupported, type FieldProblem } from '../model/fieldProblem';
import type { Resource } from '../model/resource';
import { defineRule } from './defineRule';
import { problemMessages, replacementFix, reportProblems } from './problemReport';

const TIMEOUT_PATH = 'spec.sessionAffinityConfig.clientIP.timeoutSeconds';
/** core.MaxClientIPServiceAffinitySeconds (one day). */
const MAX_TIMEOUT = 86400;

export default defineRule({
  id: 'svc-session-affinity-invalid',
  meta: {
    severity: 'error', appliesTo: ['Service'], scope: 'document',
    docs: {
      summary:
        '`spec.sessionAffinity` is `None` (the default) or `ClientIP`, spelled exactly so. With `ClientIP`, `sessionAffinityConfig.clientIP.timeoutSeconds` must be 1–86400 (one day; 10800 when omitted). With `None` the apiserver drops `sessionAffinityConfig` silently.',
      remediation: 'Write `sessionAffinity: ClientIP` with a timeout of at most 86400 seconds, or remove both fields for no affinity.',
      url: 'https://kubernetes.io/docs/reference/networking/virtual-ips/#session-affinity',
    },
    source: 'validateClientIPAffinityConfig',
  },
  messages: { ...problemMessages('invalid', 'unsupported'), 'fix.spelling': 'Change to {0}' },
  check(ctx) {
    reportProblems(ctx, sessionAffinityProblems(ctx.resource));
  },
  fixes(finding, ctx) {
    return replacementFix(finding, ctx, 'suggestion', (value) => ctx.t('fix.spelling', value));
  },
});

/** ValidateService's sessionAffinity checks after SetDefaults_Service ("" is None, a missing timeout 10800). */
function sessionAffinityProblems(svc: Resource): FieldProblem<'invalid' | 'unsupported'>[] {
  const affinity = getString(svc.root, 'spec.sessionAffinity');
  if (!affinity || affinity.value === '' || affinity.value === 'None') return [];
  if (!SESSION_AFFINITIES.includes(affinity.value)) return [unsupported('spec.sessionAffinity', affinity.range, affinity.value, SESSION_AFFINITIES)];
  const timeout = getNumber(svc.root, TIMEOUT_PATH);
  if (!timeout || (timeout.value > 0 && timeout.value <= MAX_TIMEOUT)) return [];
  return [invalid(TIMEOUT_PATH, timeout.range, timeout.value, `must be greater than 0 and less than ${MAX_TIMEOUT}`)];
}
