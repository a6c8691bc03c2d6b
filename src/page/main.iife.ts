// Content script entry: marks its start (tests and benches time from it) and starts the controller.
// It only wires: the work lives in controller.ts and the modules it uses.
import { Controller } from './controller';
import { report } from './scheduling';

performance.mark('newsmark:start');

new Controller().boot().catch((error) => report(error, 'start'));
