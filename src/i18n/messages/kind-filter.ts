import { defineMessages } from '../define-messages';

/**
 * Messages of the record-kind filter (issue 13): its group title and the counted labels. The
 * filter tab is a lazy panel, so they load with the lazy catalog (lazy-catalog.ts).
 */
export const kindFilterMessages = defineMessages(
  {
    'filters.orgKinds': '记录类型(企业与机构)',
    'filters.withCount': '{label}（{count} 家）',
  },
  {
    'filters.orgKinds': 'Kind of record (enterprises and institutions)',
    'filters.withCount': '{label} ({count})',
  },
);
