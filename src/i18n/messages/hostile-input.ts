import { defineMessages } from '../define-messages';

/** Messages for refused links, oversized or broken files and other hostile input. */
export const hostileInputMessages = defineMessages(
  {
    'hostile.linkRefused': '已拒绝数据链接 {dataset}=“{link}”:只能加载本站的文件,已改用内置数据。',
    'hostile.refused': '链接不是本站文件,已拒绝',
  },
  {
    'hostile.linkRefused':
      'Refused the data link {dataset}="{link}": only files from this site can be loaded; the built-in data is shown instead.',
    'hostile.refused': 'the link is not a file on this site and was refused',
  },
);
