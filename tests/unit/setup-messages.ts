import { loadShapeUnion } from '../../src/geo/shape-union-loader';
import { loadEnglish, loadLazyMessages } from '../../src/i18n/lazy-messages';
import { loadBriefingScenes } from '../../src/state/briefing-slice';

// The app loads the lazy features' messages after first paint, and English when first shown;
// unit tests translate any key in either language.
await Promise.all([loadLazyMessages(), loadEnglish()]);

// The app loads the shape tests before it applies a filter with shapes (use-filter-result.ts);
// unit tests apply such filters directly.
await loadShapeUnion();
// And the briefing's scene actions before a script is started.
await loadBriefingScenes();
