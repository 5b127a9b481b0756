/*
 * What the four Camunda webapps (Tasklist, Cockpit, Admin, Welcome) share in this petition system:
 * Chinese only (zh-CN, the one available locale and the fallback, so every browser gets Chinese
 * whatever its language; the texts are in <app>/locales/zh-CN.json), dates as a Chinese clerk writes
 * them and the system's name in the header. Each <app>/scripts/config.js imports appConfig.
 */
export const VENDOR = '信访事项办理系统';

export function appConfig(name, extra = {}) {
  return {
    // Header and window title: "<vendor> <name>".
    app: {
      name: name,
      vendor: VENDOR
    },
    // moment.js patterns: 2026年12月7日 23:59.
    dateFormat: {
      monthName: 'MMMM',
      day: 'D',
      abbr: 'YYYY年M月D日 HH:mm',
      normal: 'YYYY年M月D日 HH:mm',
      long: 'YYYY年M月D日 dddd HH:mm',
      short: 'YYYY年M月D日'
    },
    locales: {
      availableLocales: ['zh-CN'],
      fallbackLocale: 'zh-CN'
    },
    // No "first time here? see the welcome page" notice.
    disableWelcomeMessage: true,
    ...extra
  };
}
