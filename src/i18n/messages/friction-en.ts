import type { EnglishOf } from '../define-messages';
import type { frictionZh } from './friction';

/** English of friction.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const frictionEn: EnglishOf<typeof frictionZh> = {
  'share.copy': 'Copy link',
  'share.copied': 'Link copied: it opens this view, filter and language',
  'share.manual': 'Could not copy automatically: copy the link below',
  'share.linkField': 'Link to this view',
  'orgKind.enterprise': 'Enterprise',
  'orgKind.university': 'University',
  'orgKind.research-institute': 'Research institute',
  'orgKind.platform': 'Platform / incubator',
  'orgKind.legend': 'Kinds of record',
  'search.outsideZones': 'outside the four zones',
  'legend.projectSite':
    'Project site (dashed polygon, coloured by project status; click to open the project)',
  'legend.kindsWhere': 'shown in each record and in search results; filter by kind under Filters',
};
