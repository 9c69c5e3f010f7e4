import type { EnglishOf } from '../define-messages';
import type { frictionZh } from './friction';

/** English of friction.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const frictionEn: EnglishOf<typeof frictionZh> = {
  'zoneList.sort.employees': 'Employees',
  'resultList.realFirst': 'Real records first',
  'resultList.realCount': '{real} of {total} are real records',
  'results.title': 'Matching records',
  'results.enterprises': 'Enterprises ({count})',
  'results.projects': 'Projects ({count})',
  'results.group': 'Filter result',
  'export.doneRows': 'Exported {file}: {rows} data rows.',
  'export.doneFeatures': 'Exported {file}: {rows} features.',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied: it opens this view, filter and language',
  'share.manual': 'Could not copy automatically: copy the link below',
  'share.linkField': 'Link to this view',
  'around.radius': 'Radius around it (km)',
  'around.apply': 'Filter within {km} km',
  'around.invalid': 'Enter a number above 0 and up to {max}',
  'zone.noRealData': 'No real enterprise data for this zone yet',
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
