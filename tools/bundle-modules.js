// The source files a webpack build ships, from its stats JSON (stats.toJson({ modules: true,
// nestedModules: true })): every module in some chunk, concatenated modules opened up. Used by the
// licence list (tools/licences.js) and the test builds (src/preview/build/build-bundle.ts).
const path = require('path');

/**
 * @param {{ nameForCondition?: string, chunks?: unknown[], modules?: unknown[] }[]} modules
 * @returns {string[]} absolute paths, sorted
 */
function shippedModules(modules) {
  const out = new Set();
  const walk = (list, inChunk) => {
    for (const m of list || []) {
      if (!inChunk && !(m.chunks && m.chunks.length > 0)) continue;
      if (m.nameForCondition && path.isAbsolute(m.nameForCondition)) out.add(m.nameForCondition);
      walk(m.modules, true);
    }
  };
  walk(modules, false);
  return [...out].sort();
}

/** The stats options shippedModules needs. */
const MODULE_STATS = { all: false, modules: true, nestedModules: true, chunkModules: false, ids: true };

module.exports = { shippedModules, MODULE_STATS };
