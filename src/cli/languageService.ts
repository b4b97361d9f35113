// The CLI's one language service: every command asks the core through it (src/core/index.ts).
import { createLanguageService } from '../core/index';

export const languageService = createLanguageService();
