// Content script entry: marks its start (tests and benches time from it) and starts the controller.
// It only wires: the work lives in controller.ts and the modules it uses.
// First import: the start mark must come before every other module's top-level code.
import './start-mark';
import { Controller } from './controller';
import { report } from './scheduling';

// Where the modules' set-up ends and our own code begins (the bench reports the set-up's cost).
performance.mark('newsmark:main');

new Controller().boot().catch((error) => report(error, 'start'));
