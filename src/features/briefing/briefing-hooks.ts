import { useBriefingChannel } from './briefing-channel';
import { useBriefingControls } from './use-briefing-controls';
import { useBriefingLaunch } from './use-briefing-launch';
import { useIdleAttract } from './use-idle-attract';

/**
 * Starts a briefing from the URL and binds its controls (keys, swipes, autoplay, the presenter
 * channel, the idle attract loop). A component that draws nothing, loaded just after the first
 * paint (BriefingHooksLazy in lazy-chrome.tsx), so none of this is in the first paint's code.
 */
export function BriefingHooks() {
  useBriefingLaunch();
  useBriefingControls();
  useBriefingChannel();
  useIdleAttract();
  return null;
}
