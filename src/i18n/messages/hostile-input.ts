import { zhMessages } from '../define-messages';

/** Messages for refused links, oversized or broken files and other hostile input. */
export const hostileInputZh = zhMessages({
  'hostile.mapError': '地图出现错误:{detail}',
  'hostile.dismiss': '知道了',
});
