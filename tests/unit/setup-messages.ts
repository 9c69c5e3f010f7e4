import { loadEnglish, loadLazyMessages } from '../../src/i18n/lazy-messages';

// The app loads the lazy features' messages after first paint, and English when first shown;
// unit tests translate any key in either language.
await Promise.all([loadLazyMessages(), loadEnglish()]);
