import type { EnglishOf } from '../define-messages';
import type { entitiesZh } from './entities';

/** English of entities.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const entitiesEn: EnglishOf<typeof entitiesZh> = {
  'entities.enterprises': 'Enterprises & institutions',
  'entities.projects': 'Projects',
  'entities.layers': 'Enterprises and projects',
  'entities.legendIndustry': 'Enterprises (dots, coloured by industry)',
  'entities.legendStatus': 'Projects (diamonds, coloured by status)',
  'entities.legendCluster': 'Clusters (number = count)',
  'entities.syntheticBadge': 'Includes synthetic data',
  'entities.syntheticBadgeTitle':
    'The data includes machine-generated records for demonstration; they are not real enterprises or projects',
  'entities.showSynthetic': 'Show synthetic records',
};
