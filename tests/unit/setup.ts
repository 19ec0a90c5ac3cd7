// Unit tests render and translate in both languages synchronously: load the lazy Chinese catalogue once.
import { loadLanguage } from '../../src/i18n';

await loadLanguage('zh-CN');
