// dist/server.js: the language server alone, for the extension to start (`node dist/server.js --stdio`).
import { runLanguageServer } from './main';

runLanguageServer();
