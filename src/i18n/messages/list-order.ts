import { defineMessages } from '../define-messages';

/** Messages of the record lists while a big dataset's order is computed in short tasks. */
export const listOrderMessages = defineMessages(
  {
    'listOrder.sorting': '正在排序 {count} 条记录…',
  },
  {
    'listOrder.sorting': 'Sorting {count} records…',
  },
);
