// Reads the JSON that `npm audit --json` prints and says what it means for CI: no high or critical
// advisory (pass), some (fail), or no answer from the advisory endpoint (the check could not run).
// Kept apart from tools/audit.js so the reading is tested without the network.

const BLOCKING = ['high', 'critical'];

/** Why the advisory check could not run, from npm's error JSON or a failed run. */
function unavailableReason(report, run) {
  if (run.error) return `npm could not be run: ${run.error.message}`;
  if (!report) return `npm audit printed no report (exit code ${run.status})${run.stderr ? `: ${run.stderr.trim().split('\n').pop()}` : ''}`;
  if (report.statusCode || report.message) return `the registry answered ${report.message || `HTTP ${report.statusCode}`}`;
  const err = report.error || {};
  return `npm audit failed: ${[err.code, err.summary, err.detail].filter(Boolean).join(' ') || 'no reason given'}`;
}

function parse(stdout) {
  try {
    return JSON.parse(stdout);
  } catch {
    return null;
  }
}

/**
 * @param {{ stdout: string, stderr?: string, status: number | null, error?: Error }} run
 * @returns {{ outcome: 'pass' | 'fail' | 'unavailable', lines: string[] }}
 */
function readAudit(run) {
  const report = parse(run.stdout || '');
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (!counts) {
    return {
      outcome: 'unavailable',
      lines: [`npm audit: the advisory check could not run: ${unavailableReason(report, run)}. Not failing CI for that; run \`npm run audit\` where the registry's advisory endpoint answers.`],
    };
  }
  const blocking = Object.values(report.vulnerabilities || {}).filter((v) => BLOCKING.includes(v.severity));
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].map((s) => `${counts[s] || 0} ${s}`).join(', ');
  if (blocking.length === 0) {
    return { outcome: 'pass', lines: [`npm audit: no high or critical advisories in production dependencies (${summary}).`] };
  }
  const lines = [`npm audit: ${blocking.length} production dependencies with high or critical advisories (${summary}):`];
  for (const v of blocking) {
    const via = (v.via || []).map((x) => (typeof x === 'string' ? `via ${x}` : `${x.title || ''} ${x.url || ''}`.trim())).join('; ');
    lines.push(`  ${v.name} ${v.range || ''} [${v.severity}] ${via}${v.fixAvailable ? ' (fix available: npm audit fix)' : ''}`);
  }
  return { outcome: 'fail', lines };
}

module.exports = { readAudit };
