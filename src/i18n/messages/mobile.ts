import { zhMessages } from '../define-messages';

/** Messages of the phone and tablet layout (short title, bottom sheet). */
export const mobileZh = zhMessages({
  'app.titleShort': '两园两带科创地图',
});
