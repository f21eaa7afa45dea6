/**
 * tools/audit-report.js reads `npm audit --json`: high or critical advisories fail, lower ones pass,
 * and an advisory endpoint that does not answer is reported as "could not run", not as a pass.
 */
import path from 'path';

interface AuditRun {
  stdout: string;
  stderr?: string;
  status: number | null;
  error?: Error;
}
type ReadAudit = (run: AuditRun) => { outcome: 'pass' | 'fail' | 'unavailable'; lines: string[] };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readAudit } = require(path.resolve(__dirname, '../../tools/audit-report.js')) as { readAudit: ReadAudit };

const counts = (c: Partial<Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>>): object => ({
  vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...c },
  dependencies: { prod: 40, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 40 },
});

test('a report with only low and moderate advisories passes and says so', () => {
  const report = {
    auditReportVersion: 2,
    vulnerabilities: { 'some-lib': { name: 'some-lib', severity: 'moderate', via: [{ title: 'ReDoS', url: 'https://example.org/a' }], range: '<1.2.0', fixAvailable: true } },
    metadata: counts({ moderate: 1, total: 1 }),
  };
  const out = readAudit({ stdout: JSON.stringify(report), status: 0 });
  expect(out.outcome).toBe('pass');
  expect(out.lines[0]).toBe('npm audit: no high or critical advisories in production dependencies (0 critical, 0 high, 1 moderate, 0 low, 0 info).');
});

test('a high or critical advisory fails and names the package and the advisory', () => {
  const report = {
    auditReportVersion: 2,
    vulnerabilities: {
      'bad-lib': { name: 'bad-lib', severity: 'critical', via: [{ title: 'Prototype pollution', url: 'https://example.org/b' }], range: '<2.0.0', fixAvailable: false },
      'uses-bad': { name: 'uses-bad', severity: 'high', via: ['bad-lib'], range: '*', fixAvailable: true },
    },
    metadata: counts({ high: 1, critical: 1, total: 2 }),
  };
  const out = readAudit({ stdout: JSON.stringify(report), status: 1 });
  expect(out.outcome).toBe('fail');
  expect(out.lines.join('\n')).toContain('bad-lib <2.0.0 [critical] Prototype pollution https://example.org/b');
  expect(out.lines.join('\n')).toContain('uses-bad * [high] via bad-lib (fix available: npm audit fix)');
});

test('an advisory endpoint answering 405 means the check could not run', () => {
  const stdout = JSON.stringify({
    message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
    method: 'POST', statusCode: 405, body: '', error: { summary: '', detail: '' },
  });
  const out = readAudit({ stdout, status: 1 });
  expect(out.outcome).toBe('unavailable');
  expect(out.lines[0]).toMatch(/^npm audit: the advisory check could not run: the registry answered 405 Method Not Allowed/u);
});

test('no network, or npm missing, also means the check could not run', () => {
  const offline = readAudit({ stdout: JSON.stringify({ error: { code: 'EAI_AGAIN', summary: 'request failed', detail: '' } }), status: 1 });
  expect(offline.outcome).toBe('unavailable');
  expect(offline.lines[0]).toContain('EAI_AGAIN request failed');
  const missing = readAudit({ stdout: '', status: null, error: new Error('spawn npm ENOENT') });
  expect(missing).toMatchObject({ outcome: 'unavailable' });
  expect(missing.lines[0]).toContain('spawn npm ENOENT');
});
