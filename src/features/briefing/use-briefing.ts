import { useAppStore } from '../../state/store';
import { useBriefingChannel } from './briefing-channel';
import { useBriefingControls } from './use-briefing-controls';
import { useBriefingLaunch } from './use-briefing-launch';
import { useIdleAttract } from './use-idle-attract';

/** Starts a briefing from the URL and binds its controls; true while one is shown. */
export function useBriefing(): boolean {
  useBriefingLaunch();
  useBriefingControls();
  useBriefingChannel();
  useIdleAttract();
  return useAppStore((s) => s.briefing.active);
}
