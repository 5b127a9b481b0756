// 任务列表: the petition system's configuration of the Camunda Tasklist (replaces the webjar's
// config.js, as the application's classpath comes first). Shared settings: ../../petition/chinese.js.
import { appConfig } from '../../petition/chinese.js';

export default appConfig('任务列表', {
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '光标移到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '光标移到任务列表的第一项任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '光标移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
});
