import { spawnSync } from 'child_process';

/** True when every program is on the PATH. */
export function hasCommands(...programs: string[]): boolean {
  return programs.every((p) => spawnSync('sh', ['-c', `command -v ${p}`]).status === 0);
}

/**
 * `test` when the programs are there, `test.skip` otherwise; under CI (which installs them with
 * .ci/run) always `test`, so that a missing program fails instead of hiding the test.
 */
export function testWith(...programs: string[]): jest.It {
  return hasCommands(...programs) || process.env.CI ? test : test.skip;
}
