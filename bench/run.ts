// `npm run bench`: prints ratios measured side by side in one run.
import { benchChangeBaseline } from './changeBaseline';
import { benchKubernetesVersion } from './kubernetesVersion';
import { benchLanguageService } from './languageService';
import { benchCluster, benchSimulator } from './simulator';

function main(): void {
  console.log('StatefulSet Studio benchmarks (ratios of medians, measured side by side)');
  console.log('\nLanguage service');
  for (const line of benchLanguageService()) console.log('  ' + line);
  console.log('\nThe targeted Kubernetes version');
  for (const line of benchKubernetesVersion()) console.log('  ' + line);
  console.log('\nChanges against a baseline');
  for (const line of benchChangeBaseline()) console.log('  ' + line);
  console.log('\nRollout simulator');
  for (const line of benchSimulator()) console.log('  ' + line);
  console.log('\nRollout simulator on a cluster of nodes');
  for (const line of benchCluster()) console.log('  ' + line);
}

main();
