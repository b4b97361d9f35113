// The rules' translations, one folder per language (English is in the rule modules). A new language
// is a new folder here and one line below; test/unit/rules/allRules.test.ts checks it is complete.
import type { Catalog } from '../../l10n/catalog';
import { zhCn } from './zh-cn';

export const ruleTranslations: Catalog = { 'zh-cn': zhCn };
