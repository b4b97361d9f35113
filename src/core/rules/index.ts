// The rule registry: a plain array, in the order rules appear in the README table.
import stsApiVersionRemoved from './sts-api-version-removed';
import stsNameInvalid from './sts-name-invalid';
import stsNameTooLongForPods from './sts-name-too-long-for-pods';
import stsPodManagementPolicyInvalid from './sts-pod-management-policy-invalid';
import stsUpdateStrategyInvalid from './sts-update-strategy-invalid';
import stsRollingUpdateWithOnDelete from './sts-rolling-update-with-on-delete';
import stsNegativeValue from './sts-negative-value';
import stsMaxUnavailableInvalid from './sts-max-unavailable-invalid';
import stsRetentionPolicyInvalid from './sts-retention-policy-invalid';
import stsServiceNameInvalid from './sts-service-name-invalid';
import stsServiceNameNotDns1035 from './sts-service-name-not-dns1035';
import stsServiceNameMissing from './sts-service-name-missing';
import stsSelectorMissing from './sts-selector-missing';
import stsSelectorMismatch from './sts-selector-mismatch';
import stsRestartPolicyInvalid from './sts-restart-policy-invalid';
import stsActiveDeadlineForbidden from './sts-active-deadline-forbidden';
import podContainersMissing from './pod-containers-missing';
import podContainerImageMissing from './pod-container-image-missing';
import podContainerNameInvalid from './pod-container-name-invalid';
import podContainerNameDuplicate from './pod-container-name-duplicate';
import podVolumeNameDuplicate from './pod-volume-name-duplicate';
import stsPartitionExceedsReplicas from './sts-partition-exceeds-replicas';
import stsTerminationGraceZero from './sts-termination-grace-zero';
import stsRevisionHistoryLimitNegative from './sts-revision-history-limit-negative';
import stsMaxUnavailableFeatureGated from './sts-max-unavailable-feature-gated';
import stsNoReadinessProbe from './sts-no-readiness-probe';
import k8sSchema from './k8s-schema';
import stsServiceNotFound from './sts-service-not-found';
import stsServiceNamespaceMismatch from './sts-service-namespace-mismatch';
import stsServiceNotHeadless from './sts-service-not-headless';
import stsServiceSelectorMismatch from './sts-service-selector-mismatch';
import stsServiceNoSelector from './sts-service-no-selector';
import podVolumeMountNotFound from './pod-volume-mount-not-found';
import vctDuplicateName from './vct-duplicate-name';
import vctUnused from './vct-unused';
import vctShadowsVolume from './vct-shadows-volume';
import vctNameMissing from './vct-name-missing';
import vctAccessModesMissing from './vct-access-modes-missing';
import vctStorageRequestMissing from './vct-storage-request-missing';
import vctNoStorageClass from './vct-no-storage-class';
import svcNameInvalid from './svc-name-invalid';
import svcPortsRequired from './svc-ports-required';
import svcHeadlessTypeInvalid from './svc-headless-type-invalid';
import svcClusterIpInvalid from './svc-cluster-ip-invalid';
import svcPortNameInvalid from './svc-port-name-invalid';
import svcPortInvalid from './svc-port-invalid';
import svcPortDuplicate from './svc-port-duplicate';
import svcNodePortForbidden from './svc-node-port-forbidden';
import stsUpdateForbidden from './sts-update-forbidden';
import svcUpdateClusterIpImmutable from './svc-update-cluster-ip-immutable';
import svcUpdateForbidden from './svc-update-forbidden';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  stsApiVersionRemoved,
  stsNameInvalid,
  stsNameTooLongForPods,
  stsPodManagementPolicyInvalid,
  stsUpdateStrategyInvalid,
  stsRollingUpdateWithOnDelete,
  stsNegativeValue,
  stsMaxUnavailableInvalid,
  stsRetentionPolicyInvalid,
  stsServiceNameInvalid,
  stsServiceNameNotDns1035,
  stsServiceNameMissing,
  stsServiceNotFound,
  stsServiceNamespaceMismatch,
  stsServiceNotHeadless,
  stsServiceSelectorMismatch,
  stsServiceNoSelector,
  stsSelectorMissing,
  stsSelectorMismatch,
  stsRestartPolicyInvalid,
  stsActiveDeadlineForbidden,
  podContainersMissing,
  podContainerImageMissing,
  podContainerNameInvalid,
  podContainerNameDuplicate,
  podVolumeNameDuplicate,
  podVolumeMountNotFound,
  vctDuplicateName,
  vctUnused,
  vctShadowsVolume,
  vctNameMissing,
  vctAccessModesMissing,
  vctStorageRequestMissing,
  vctNoStorageClass,
  stsPartitionExceedsReplicas,
  stsTerminationGraceZero,
  stsRevisionHistoryLimitNegative,
  stsMaxUnavailableFeatureGated,
  stsNoReadinessProbe,
  svcNameInvalid,
  svcPortsRequired,
  svcHeadlessTypeInvalid,
  svcClusterIpInvalid,
  svcPortNameInvalid,
  svcPortInvalid,
  svcPortDuplicate,
  svcNodePortForbidden,
  stsUpdateForbidden,
  svcUpdateClusterIpImmutable,
  svcUpdateForbidden,
  k8sSchema,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}

/** Whether findings of the rule change what the rollout simulation shows (`meta.changesRollout`). */
export function changesRollout(ruleId: string): boolean {
  return findRule(ruleId)?.meta.changesRollout === true;
}
