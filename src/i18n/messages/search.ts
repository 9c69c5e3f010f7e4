import { zhMessages } from '../define-messages';

/** Messages of the search feature. */
export const searchZh = zhMessages({
  'search.placeholder': '名称、拼音或首字母',
});
