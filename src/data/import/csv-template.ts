import { toCsv } from '../export/csv';

/**
 * The register template planners fill in: Chinese headers the field mapping recognises, and
 * one example row (a made-up firm in 西彭科技创新园, WGS-84) to overwrite.
 */
export const TEMPLATE_HEADER = [
  '名称',
  '英文名称',
  '行业',
  '类别',
  '状态',
  '年份',
  '投资额(亿元)',
  '所属园区',
  '地址',
  '经度',
  '纬度',
] as const;

export const TEMPLATE_EXAMPLE = [
  '示例企业（请替换）',
  'Example Co. (replace)',
  '新材料',
  '高新技术企业、科技型企业',
  '',
  2018,
  null,
  '西彭科技创新园',
  '九龙坡区西彭镇示例路 1 号',
  106.3222,
  29.3501,
] as const;

export const TEMPLATE_FILE_NAME = 'jiulongpo-import-template.csv';

/** The template as CSV text: UTF-8 with a BOM (so Excel reads the Chinese), CRLF rows. */
export function templateCsv(): string {
  return toCsv({ header: TEMPLATE_HEADER, rows: [TEMPLATE_EXAMPLE] });
}
