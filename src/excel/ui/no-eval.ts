/**
 * Imported first by every browser entry (task pane, commands, worker, preview). The pages' CSP
 * allows no eval, and zod (the engine's schemas) probes `new Function("")` on its first parse to
 * decide whether to compile fast parsers; under a strict CSP the probe fails and the browser reports
 * a violation. Jitless mode skips the probe and parses with the interpreter, which is the same.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
