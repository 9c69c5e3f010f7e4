import type { ProjectType } from '../../src/domain/entity';
import type { Word } from './name-words';
import type { NameTheme } from './themes';

/** Project subjects by theme (the plan's key technologies and scenes). */
export const TOPICS: Readonly<Record<NameTheme, readonly Word[]>> = {
  氢能源: [
    ['燃料电池电堆', 'fuel-cell stack'],
    ['膜电极', 'membrane electrode'],
    ['氢气循环系统', 'hydrogen recirculation system'],
    ['空压机', 'air compressor'],
    ['双极板', 'bipolar plate'],
    ['加氢站', 'hydrogen refuelling station'],
  ],
  新材料: [
    ['铝合金轻量化', 'aluminium-alloy lightweighting'],
    ['高强铝材', 'high-strength aluminium'],
    ['再生铝', 'recycled aluminium'],
    ['铝板带箔', 'aluminium plate, strip and foil'],
  ],
  高端装备: [
    ['智能产线', 'smart production line'],
    ['数控机床', 'CNC machine tool'],
    ['工业机器人', 'industrial robot'],
  ],
  汽车摩托车: [
    ['新能源汽车零部件', 'new-energy vehicle parts'],
    ['摩托车发动机', 'motorcycle engine'],
    ['智能网联汽车', 'connected vehicle'],
  ],
  智能产业: [
    ['工业互联网', 'industrial internet'],
    ['工业软件', 'industrial software'],
    ['物联网', 'IoT'],
    ['大数据', 'big data'],
    ['人工智能', 'AI'],
  ],
  现代服务业: [
    ['科技服务', 'S&T services'],
    ['检验检测', 'testing and inspection'],
    ['智慧商圈', 'smart business district'],
  ],
  其他: [
    ['生物医药', 'biomedicine'],
    ['生态环保', 'environmental protection'],
    ['公共安全', 'public safety'],
  ],
  art: [
    ['数字艺术', 'digital art'],
    ['美术产业', 'art industry'],
    ['文创设计', 'creative design'],
  ],
};

/** How each project type is named: zh suffix and an English pattern for the subject. */
export const TYPE_NAMES: Readonly<
  Record<ProjectType, { zh: string; en: (topic: string) => string }>
> = {
  重点研发专项: { zh: '关键技术研发专项', en: (t) => `key R&D programme on ${t} technology` },
  重大科技工程: { zh: '重大科技工程', en: (t) => `major S&T engineering project on ${t}` },
  创新平台: { zh: '创新中心', en: (t) => `${t} innovation centre` },
  产业项目: { zh: '产业化项目', en: (t) => `${t} industrialisation project` },
  基础设施: { zh: '配套设施建设', en: (t) => `${t} supporting infrastructure` },
};
