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
import podPortInvalid from './pod-port-invalid';
import podEnvInvalid from './pod-env-invalid';
import podProbeInvalid from './pod-probe-invalid';
import podResourcesInvalid from './pod-resources-invalid';
import podMountInvalid from './pod-mount-invalid';
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
import svcNodePortDuplicate from './svc-node-port-duplicate';
import svcAppProtocolInvalid from './svc-app-protocol-invalid';
import svcSessionAffinityInvalid from './svc-session-affinity-invalid';
import svcTrafficPolicyInvalid from './svc-traffic-policy-invalid';
import svcLoadBalancerFieldsInvalid from './svc-load-balancer-fields-invalid';
import svcIpFamiliesInvalid from './svc-ip-families-invalid';
import svcExternalIpsInvalid from './svc-external-ips-invalid';
import svcExternalNameInvalid from './svc-external-name-invalid';
import pdbSpecInvalid from './pdb-spec-invalid';
import pdbBlocksEviction from './pdb-blocks-eviction';
import listItemInvalid from './list-item-invalid';
import selectorInvalid from './selector-invalid';
import labelInvalid from './label-invalid';
import podVolumeNameInvalid from './pod-volume-name-invalid';
import podVolumeSourceInvalid from './pod-volume-source-invalid';
import podVolumeModeInvalid from './pod-volume-mode-invalid';
import podVolumeItemsInvalid from './pod-volume-items-invalid';
import podVolumeObjectNameInvalid from './pod-volume-object-name-invalid';
import podDnsPolicyInvalid from './pod-dns-policy-invalid';
import podDnsConfigInvalid from './pod-dns-config-invalid';
import podDnsHostAliasesInvalid from './pod-dns-host-aliases-invalid';
import podAffinityInvalid from './pod-affinity-invalid';
import podTolerationInvalid from './pod-toleration-invalid';
import podTopologySpreadInvalid from './pod-topology-spread-invalid';
import podServiceAccountNameInvalid from './pod-service-account-name-invalid';
import podPriorityClassNameInvalid from './pod-priority-class-name-invalid';
import podSecurityContextInvalid from './pod-security-context-invalid';
import podOsInvalid from './pod-os-invalid';
import podWindowsOptionsInvalid from './pod-windows-options-invalid';
import podResourceClaimsInvalid from './pod-resource-claims-invalid';
import podResizePolicyInvalid from './pod-resize-policy-invalid';
import podMountPropagationInvalid from './pod-mount-propagation-invalid';
import podTopologySpreadLabelKeysInvalid from './pod-topology-spread-label-keys-invalid';
import podEphemeralVolumeInvalid from './pod-ephemeral-volume-invalid';
import vctNameInvalid from './vct-name-invalid';
import vctStorageClassInvalid from './vct-storage-class-invalid';
import vctAccessModesInvalid from './vct-access-modes-invalid';
import vctVolumeModeInvalid from './vct-volume-mode-invalid';
import vctDataSourceInvalid from './vct-data-source-invalid';
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
  selectorInvalid,
  labelInvalid,
  stsRestartPolicyInvalid,
  stsActiveDeadlineForbidden,
  podContainersMissing,
  podContainerImageMissing,
  podContainerNameInvalid,
  podContainerNameDuplicate,
  podVolumeNameDuplicate,
  podVolumeMountNotFound,
  podPortInvalid,
  podEnvInvalid,
  podProbeInvalid,
  podResourcesInvalid,
  podMountInvalid,
  podVolumeNameInvalid,
  podVolumeSourceInvalid,
  podVolumeModeInvalid,
  podVolumeItemsInvalid,
  podVolumeObjectNameInvalid,
  podDnsPolicyInvalid,
  podDnsConfigInvalid,
  podDnsHostAliasesInvalid,
  podTolerationInvalid,
  podTopologySpreadInvalid,
  podAffinityInvalid,
  podServiceAccountNameInvalid,
  podPriorityClassNameInvalid,
  podSecurityContextInvalid,
  podOsInvalid,
  podWindowsOptionsInvalid,
  podResourceClaimsInvalid,
  podResizePolicyInvalid,
  podMountPropagationInvalid,
  podTopologySpreadLabelKeysInvalid,
  podEphemeralVolumeInvalid,
  vctDuplicateName,
  vctUnused,
  vctShadowsVolume,
  vctNameMissing,
  vctAccessModesMissing,
  vctStorageRequestMissing,
  vctNoStorageClass,
  vctNameInvalid,
  vctStorageClassInvalid,
  vctAccessModesInvalid,
  vctVolumeModeInvalid,
  vctDataSourceInvalid,
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
  svcNodePortDuplicate,
  svcAppProtocolInvalid,
  svcSessionAffinityInvalid,
  svcTrafficPolicyInvalid,
  svcLoadBalancerFieldsInvalid,
  svcIpFamiliesInvalid,
  svcExternalIpsInvalid,
  svcExternalNameInvalid,
  pdbSpecInvalid,
  pdbBlocksEviction,
  listItemInvalid,
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
