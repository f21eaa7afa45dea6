'use strict';
// Prints the plain closing line CI reads: "N passed, N failed".
class CountReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '') + '\n');
  }
}
module.exports = CountReporter;
