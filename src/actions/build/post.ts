// The action's post step (action.yml `post:`, `post-if: always()`): runs at the end of the job
// whatever happened — success, failure, cancellation — and removes what the main step left:
// a buildx it could not stop, the temp directory (secret files, metadata, the rawjson stream,
// the report), and a builder it created (none today: the action uses the builder it is given).
// It never fails the job.
import * as core from '@actions/core';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { spawnSync } from 'node:child_process';

/** A process that is still running and is docker buildx (never another process that reused the pid). */
function liveBuildx(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return /buildx/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

export function runPost(): void {
  try {
    const pid = Number(core.getState('buildx-pid'));
    if (Number.isInteger(pid) && pid > 0 && liveBuildx(pid)) {
      process.kill(pid, 'SIGKILL');
      core.warning(`buildstage post: buildx (pid ${pid}) was still running after the main step; stopped it`);
    }
    const tempDir = core.getState('temp-dir');
    // only the directory the main step made (RUNNER_TEMP/buildstage-xxxxxxxx)
    if (tempDir && /^buildstage-[0-9a-f]{8}$/.test(basename(tempDir)) && existsSync(tempDir)) {
      rmSync(tempDir, { recursive: true, force: true });
      core.info(`buildstage post: removed ${tempDir}`);
    }
    const builder = core.getState('created-builder');
    if (builder) {
      const r = spawnSync('docker', ['buildx', 'rm', '--force', builder], { encoding: 'utf8' });
      core.info(r.status === 0 ? `buildstage post: removed the builder ${builder}` : `buildstage post: could not remove the builder ${builder}: ${r.stderr.trim()}`);
    }
  } catch (e) {
    core.warning(`buildstage post: cleanup incomplete: ${(e as Error).message}`);
  }
}
