// The CLI's one language service: every command asks the core through it (src/core/index.ts).
import { createLanguageService, type KubernetesVersion } from '../core/index';

export const languageService = createLanguageService();

/** The service for a `--kube-version` (the shared one, which targets the newest, when none was given). */
export function languageServiceFor(version: KubernetesVersion | undefined): typeof languageService {
  return version ? createLanguageService({ kubernetesVersion: version }) : languageService;
}
