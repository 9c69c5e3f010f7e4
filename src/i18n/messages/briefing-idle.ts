import { defineMessages } from '../define-messages';

/**
 * Messages of the attract loop started when a kiosk sits idle. Part of briefingMessages
 * (spread there), so the catalog needs no extra entry.
 */
export const briefingIdleMessages = defineMessages(
  {
    'idle.heading': '无人操作时自动播放',
    'idle.after': '空闲多久后开始',
    'idle.off': '关闭',
    'idle.minutes': '{n} 分钟',
    'idle.script': '播放的脚本',
    'idle.default': '默认脚本',
    'idle.mine': '我的汇报(本浏览器)',
    'idle.hint':
      '在正常模式下无人操作达到设定时间后,自动循环播放所选脚本;触摸、点击或按键即返回原来的地图。',
    'idle.active': '自动播放中 · 触摸或按任意键返回地图',
  },
  {
    'idle.heading': 'Play when idle',
    'idle.after': 'Start after',
    'idle.off': 'Off',
    'idle.minutes': '{n} min',
    'idle.script': 'Script to play',
    'idle.default': 'Default script',
    'idle.mine': 'My briefing (this browser)',
    'idle.hint':
      'When nobody has used the map in normal mode for this long, the chosen script plays in a loop; a touch, click or key returns to the map as it was.',
    'idle.active': 'Playing on its own · touch or press any key to return to the map',
  },
);
