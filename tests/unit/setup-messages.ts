import { loadLazyMessages } from '../../src/i18n/lazy-messages';

// The app loads the lazy features' messages after first paint; unit tests translate any key.
await loadLazyMessages();
