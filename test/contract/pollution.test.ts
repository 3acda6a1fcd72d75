// A polluted Object.prototype (a bug in any other package of the process) changes no result: the
// graders read only the input's own data, into copies whose every key is their own. Run in child
// processes, so that the pollution cannot leak into other tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'crs-pollution-'));
const probe = join(work, 'probe.mjs');
buildSync({ entryPoints: [join(import.meta.dirname, 'fixtures', 'pollution-probe.ts')], bundle: true, platform: 'node', format: 'esm', outfile: probe, logLevel: 'error' });

function run(mode: 'clean' | 'polluted'): unknown {
  return JSON.parse(execFileSync(process.execPath, [probe, mode], { encoding: 'utf8', cwd: join(import.meta.dirname, '..', '..') })) as unknown;
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a polluted Object.prototype', () => {
  it('changes no grade, no issue and no option', () => {
    const clean = run('clean');
    expect(run('polluted')).toEqual(clean);
    // And the clean run is what it should be: inherited options are never read.
    expect(clean).toMatchObject({ crsOptions: ['astct-2019'], icansOptions: ['ice'], report: 'disagrees', ice: 10 });
  });
});
