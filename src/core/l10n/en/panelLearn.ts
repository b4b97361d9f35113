// English of the rollout panel's "data survives" experiment (docs/learn.md §4): the learner writes
// each running pod's hostname into its volume, and the recreated pods read it back.
export const panelLearn = {
  'webview.volumes': 'Data in the volumes',
  'webview.volumes.write': 'Write each hostname into its volume',
  'webview.volumes.write.title': "What kubectl exec web-0 -- sh -c 'echo $(hostname) > /usr/share/nginx/html/index.html' does, in every running pod",
  'webview.volumes.hint': 'Every pod is up and the script deletes pods next: write each hostname into its volume, then press Play.',
  'webview.volumes.none': 'No pod is running with a bound claim at this moment: move to a moment when one is.',
  'webview.volumes.written': 'Written at {0}s. Play on: each recreated pod mounts its old claim and reads the text back.',
  'webview.volume.holds': '{0} holds “{1}”',
  'webview.volume.reads': 'reads “{0}” from {1}',
  'webview.volume.survived': 'reads “{0}” from {1}, written by the {2} before it: the data survived',
} as const;
