import type { EnglishOf } from '../define-messages';
import type { statsZh } from './stats';

/** English of stats.ts: loaded with the English catalog (catalog-en.ts), not at first paint. */
export const statsEn: EnglishOf<typeof statsZh> = {
  'enum.industry.汽车摩托车': 'Automobiles & motorcycles',
  'enum.industry.智能产业': 'Intelligent industries',
  'enum.industry.新材料': 'New materials',
  'enum.industry.高端装备': 'High-end equipment',
  'enum.industry.现代服务业': 'Modern services',
  'enum.industry.氢能源': 'Hydrogen energy',
  'enum.industry.其他': 'Other',
  'enum.category.高新技术企业': 'High-tech enterprise',
  'enum.category.科技型企业': 'Tech-based enterprise',
  'enum.category.新型研发机构': 'New R&D institution',
  'enum.category.规上工业企业': 'Large industrial enterprise (above designated size)',
  'enum.category.有研发机构': 'Has an R&D unit',
  'enum.status.规划': 'Planned',
  'enum.status.签约': 'Signed',
  'enum.status.在建': 'Under construction',
  'enum.status.投产/运营': 'In operation',
  'enum.status.完成': 'Completed',
  'enum.projectType.重点研发专项': 'Key R&D programme',
  'enum.projectType.重大科技工程': 'Major S&T project',
  'enum.projectType.创新平台': 'Innovation platform',
  'enum.projectType.产业项目': 'Industrial project',
  'enum.projectType.基础设施': 'Infrastructure',
};
