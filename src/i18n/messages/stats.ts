import { zhMessages } from '../define-messages';

/**
 * The labels of the domain's enumerations (`enum.*`), which the legend and other features reuse
 * through i18n/enum-labels.ts. The statistics tab's own messages are in stats-panel.ts (lazy).
 */
export const statsZh = zhMessages({
  'enum.industry.汽车摩托车': '汽车摩托车',
  'enum.industry.智能产业': '智能产业',
  'enum.industry.新材料': '新材料',
  'enum.industry.高端装备': '高端装备',
  'enum.industry.现代服务业': '现代服务业',
  'enum.industry.氢能源': '氢能源',
  'enum.industry.其他': '其他',
  'enum.category.高新技术企业': '高新技术企业',
  'enum.category.科技型企业': '科技型企业',
  'enum.category.新型研发机构': '新型研发机构',
  'enum.category.规上工业企业': '规上工业企业',
  'enum.category.有研发机构': '有研发机构',
  'enum.status.规划': '规划',
  'enum.status.签约': '签约',
  'enum.status.在建': '在建',
  'enum.status.投产/运营': '投产/运营',
  'enum.status.完成': '完成',
  'enum.projectType.重点研发专项': '重点研发专项',
  'enum.projectType.重大科技工程': '重大科技工程',
  'enum.projectType.创新平台': '创新平台',
  'enum.projectType.产业项目': '产业项目',
  'enum.projectType.基础设施': '基础设施',
});
