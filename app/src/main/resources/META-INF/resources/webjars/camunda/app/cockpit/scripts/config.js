// 流程监控: the petition system's configuration of the Camunda cockpit webapp (replaces the webjar's
// config.js, as the application's classpath comes first). Shared settings: ../../petition/chinese.js.
import { appConfig } from '../../petition/chinese.js';

export default appConfig('流程监控');
