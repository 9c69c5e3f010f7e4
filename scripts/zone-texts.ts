// Names, themes and descriptions of the four zones. Chinese wording is quoted or condensed from
// the plan interpretation (/work/shared/seed/*.txt, section 三(一)); English is a faithful
// translation. Platforms and the basis of each drawing come from geography.md.
import type { ZoneId, ZoneProperties } from '../src/domain/zone';

export type ZoneText = Pick<
  ZoneProperties,
  | 'name_zh'
  | 'name_en'
  | 'theme_zh'
  | 'theme_en'
  | 'industries_zh'
  | 'industries_en'
  | 'platforms_zh'
  | 'platforms_en'
  | 'description_zh'
  | 'description_en'
  | 'basis_zh'
  | 'basis_en'
>;

export const ZONE_TEXTS: Readonly<Record<ZoneId, ZoneText>> = {
  'xipeng-park': {
    name_zh: '西彭科技创新园',
    name_en: 'Xipeng S&T Innovation Park',
    theme_zh: '新材料、新能源研发应用;重庆“科学之城”产业示范地',
    theme_en:
      'R&D and application of new materials and new energy; an industrial showcase of Chongqing’s "City of Science"',
    industries_zh: ['新材料(铝合金等轻量化材料)', '新能源', '氢能源'],
    industries_en: [
      'New materials (lightweight materials such as aluminium alloys)',
      'New energy',
      'Hydrogen energy',
    ],
    platforms_zh: ['西部(重庆)科学城九龙坡片区', '国鸿氢能科技产业园“西部氢谷”'],
    platforms_en: [
      'Western (Chongqing) Science City, Jiulongpo section',
      'Guohong Hydrogen Energy Technology Industrial Park, the "Western Hydrogen Valley"',
    ],
    description_zh:
      '以“西三镇”为主战场,突出新材料、新能源研发应用,强化科创功能;充分发挥西部(重庆)科学城九龙坡片区管委会职能作用,坚持与科学城一体化发展,围绕铝合金等轻量化新材料产业发展需要,打造重庆“科学之城”产业示范地。',
    description_en:
      'With the "three western towns" as its main arena, the park highlights the R&D and application of new materials and new energy and strengthens its S&T functions. It makes full use of the Jiulongpo section management committee of the Western (Chongqing) Science City, develops as one with the Science City, serves the needs of lightweight new materials such as aluminium alloys, and is to become an industrial showcase of Chongqing’s "City of Science".',
    basis_zh:
      '“西三镇”即西彭镇、铜罐驿镇、陶家镇(重庆高新区拓展园的九龙坡部分),位于区境西南,南、东两面以长江为界。按三镇大致位置绘制的示意范围,含陶家氢能核心区与西南铝业所在的西彭铝产业区;北界为估计,不是官方边界。',
    basis_en:
      'The "three western towns" are Xipeng, Tongguanyi and Taojia (Jiulongpo’s part of the Chongqing High-tech Zone extension), in the south-west of the district, bounded by the Yangtze to the south and east. A schematic extent drawn from the towns’ approximate positions, taking in the Taojia hydrogen core and the Xipeng aluminium area of Southwest Aluminium; the northern edge is an estimate, not an official boundary.',
  },
  'jiulong-park': {
    name_zh: '九龙科技创新园',
    name_en: 'Jiulong S&T Innovation Park',
    theme_zh: '技术升级和科技服务;“高新技术产业集聚区、高品质商贸商圈区和高质量服务业集聚区”',
    theme_en:
      'Technology upgrading and S&T services; "a cluster of high-tech industry, a high-quality commercial district and a cluster of high-quality services"',
    industries_zh: ['智能制造', '科技服务业', '工业互联网', '软件信息'],
    industries_en: [
      'Intelligent manufacturing',
      'S&T services',
      'Industrial internet',
      'Software and information services',
    ],
    platforms_zh: ['重庆高新区拓展园(东三街)', '石桥铺商圈'],
    platforms_en: [
      'Chongqing High-tech Zone extension park (the three eastern subdistricts)',
      'Shiqiaopu commercial district',
    ],
    description_zh:
      '以“东三街”为主战场,突出技术升级和科技服务,优化科创功能;围绕智能制造产业发展,大力发展科技服务业,不断发展工业互联网和软件信息等数字经济,加快打造全要素全链条创新生态系统,将“东三街”打造成为创新型、数字化和智能化的“高新技术产业集聚区、高品质商贸商圈区和高质量服务业集聚区”。',
    description_en:
      'With the "three eastern subdistricts" as its main arena, the park highlights technology upgrading and S&T services and optimises its S&T functions. Around the development of intelligent manufacturing it vigorously develops S&T services and the digital economy of the industrial internet, software and information, builds an innovation ecosystem covering every factor and the whole chain, and is to make the three subdistricts an innovative, digital and intelligent "cluster of high-tech industry, high-quality commercial district and cluster of high-quality services".',
    basis_zh:
      '“东三街”即石桥铺、二郎、渝州路三个街道,位于区境东北部(原重庆高新区核心区及石桥铺商圈一带),北、东两面以沙坪坝区、渝中区为界。按三街道大致位置绘制的示意范围;南界为估计,避开谢家湾、石坪桥和杨家坪。',
    basis_en:
      'The "three eastern subdistricts" are Shiqiaopu, Erlang and Yuzhoulu, in the north-east of the district (the old core of the Chongqing High-tech Zone and the Shiqiaopu commercial area), bounded by Shapingba and Yuzhong districts to the north and east. A schematic extent drawn from the subdistricts’ approximate positions; the southern edge is an estimate that leaves out Xiejiawan, Shipingqiao and Yangjiaping.',
  },
  'yangjiaping-belt': {
    name_zh: '杨家坪智慧城市展示带',
    name_en: 'Yangjiaping Smart-City Display Belt',
    theme_zh: '智慧城市;九龙坡的窗口、城市的客厅',
    theme_en: 'The smart city; Jiulongpo’s window and the city’s living room',
    industries_zh: ['物联网', '人工智能', '区块链', '云计算'],
    industries_en: [
      'Internet of Things',
      'Artificial intelligence',
      'Blockchain',
      'Cloud computing',
    ],
    platforms_zh: ['九龙新商圈', '大数据智能化应用示范基地'],
    platforms_en: [
      'Jiulong New Business District',
      'Big-data and intelligent application demonstration bases',
    ],
    description_zh:
      '九龙坡的窗口、城市的客厅。围绕智慧城市主题,加快建设物联网、人工智能、区块链、云计算等基础设施,大力发展智慧交通、智慧城管、智慧教育、智慧医疗、智慧社区等,以九龙新商圈智能化改造升级为重点,丰富智能应用场景,打造一批大数据智能化应用示范基地,充分彰显“智慧九龙坡”形象。',
    description_en:
      'Jiulongpo’s window and the city’s living room. Around the theme of the smart city it speeds up infrastructure for the Internet of Things, artificial intelligence, blockchain and cloud computing and develops smart transport, city management, education, healthcare and communities. With the intelligent upgrading of the Jiulong New Business District as its focus, it enriches intelligent application scenarios, builds a number of big-data and intelligent application demonstration bases, and fully displays the image of a "smart Jiulongpo".',
    basis_zh:
      '沿轨道交通2号线谢家湾—杨家坪—动物园一线、以杨家坪商圈(九龙新商圈)为中心的走廊,轴线两侧各约 450 米,为示意范围。',
    basis_en:
      'A corridor along Metro Line 2 from Xiejiawan through Yangjiaping to the Zoo, centred on the Yangjiaping commercial centre (the Jiulong New Business District), about 450 m each side of the axis: a schematic extent.',
  },
  'jiulong-peninsula-belt': {
    name_zh: '九龙半岛及湾区“科艺”融合发展带',
    name_en: 'Jiulong Peninsula & Bay Science-Art Belt',
    theme_zh: '人文艺术与科技创新融合;以“美景、美育、美业”为主线',
    theme_en:
      'The fusion of the humanities and arts with S&T innovation, along the lines of "beautiful scenery, art education and art business"',
    industries_zh: ['新型艺术业态', '以美术为重点的艺术产业集群'],
    industries_en: ['New forms of art business', 'Art industry cluster centred on fine art'],
    platforms_zh: ['重庆美术公园', '四川美术学院 / 环川美创新生态圈', '102/501艺术基地'],
    platforms_en: [
      'Chongqing Art Park',
      'Sichuan Fine Arts Institute / the innovation ecosystem around it',
      'The 102 and 501 art bases',
    ],
    description_zh:
      '突出人文艺术与科技创新融合主题,以“美景、美育、美业”为主线,以建设重庆美术公园为抓手,加快七大功能区域建设,加强与四川美术学院合作建设环川美创新生态圈,积极培育新型艺术业态,壮大以美术为重点的艺术产业集群,把九龙美术半岛及湾区打造成主城都市区新地标、重庆“人文之城”新名片。',
    description_en:
      'The belt highlights the fusion of the humanities and arts with S&T innovation, along the lines of "beautiful scenery, art education and art business". Taking the building of the Chongqing Art Park as its lever, it speeds up seven functional areas, works with the Sichuan Fine Arts Institute on an innovation ecosystem around the institute, fosters new forms of art business and grows an art industry cluster centred on fine art, to make the Jiulong Art Peninsula and its bay a new landmark of the main city and a new calling card of Chongqing as a "City of the Humanities".',
    basis_zh:
      '长江九龙半岛(黄桷坪、九龙一带)及其沿江湾区:沿江轴线经四川美术学院黄桷坪校区和半岛中心(重庆美术公园),两侧各约 1.45 千米,覆盖整个半岛;公开资料称规划面积约 10 平方千米。示意范围。',
    basis_en:
      'The Jiulong Peninsula on the Yangtze (the Huangjueping–Jiulong area) and its riverside bay: an axis along the river past the Huangjueping campus of the Sichuan Fine Arts Institute and the peninsula centre (Chongqing Art Park), about 1.45 km each side, covering the whole peninsula; public sources give about 10 km² as planned. A schematic extent.',
  },
};

/** Names of the belts' axis lines. */
export const AXIS_NAMES: Readonly<Partial<Record<ZoneId, { name_zh: string; name_en: string }>>> = {
  'yangjiaping-belt': {
    name_zh: '杨家坪智慧城市展示带轴线',
    name_en: 'Yangjiaping Smart-City Display Belt axis',
  },
  'jiulong-peninsula-belt': {
    name_zh: '九龙半岛及湾区“科艺”融合发展带轴线',
    name_en: 'Jiulong Peninsula & Bay Science-Art Belt axis',
  },
};
