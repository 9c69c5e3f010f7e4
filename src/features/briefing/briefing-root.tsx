import { BriefingEditor } from './briefing-editor';
import { BriefingErrorBanner } from './briefing-error';
import { BriefingOverlay } from './briefing-overlay';

/** Everything briefing mode draws over the app: the overlay and a script error banner. */
export function BriefingLayer() {
  return (
    <>
      <BriefingErrorBanner />
      <BriefingEditor />
      <BriefingOverlay />
    </>
  );
}
