import { zhMessages } from '../define-messages';

/** Messages of the record-kind filter (issue 13): its group title and the counted labels. */
export const kindFilterZh = zhMessages({
  'filters.orgKinds': '记录类型(企业与机构)',
  'filters.withCount': '{label}（{count} 家）',
});
