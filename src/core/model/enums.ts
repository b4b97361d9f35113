// The enumerations of the Kubernetes API that rules check values against, in one place, spelled as
// the apiserver's `Unsupported value` messages list them (pkg/apis/apps and pkg/apis/core types).
export const POD_MANAGEMENT_POLICIES = ['OrderedReady', 'Parallel'];
export const UPDATE_STRATEGY_TYPES = ['RollingUpdate', 'OnDelete'];
export const CLAIM_RETENTION_POLICIES = ['Retain', 'Delete'];
export const PERSISTENT_VOLUME_MODES = ['Block', 'Filesystem'];
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
export const TOLERATION_OPERATORS = ['Equal', 'Exists'];
export const UNSATISFIABLE_ACTIONS = ['DoNotSchedule', 'ScheduleAnyway'];
export const SESSION_AFFINITIES = ['ClientIP', 'None'];
export const TRAFFIC_POLICIES = ['Cluster', 'Local'];
export const IP_FAMILIES = ['IPv4', 'IPv6'];
export const IP_FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
