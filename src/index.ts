// The build action's entry (dist/index.js calls the bundled copy of run()).
import { run } from './action/main.js';

await run();
