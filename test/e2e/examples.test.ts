// Every example, built for real on the local engine with real dependency installs, pushed
// with the registry cache; each image runs a smoke check with no network, carries no
// development dependencies or toolchain, and the advisor has nothing above "info" for it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adviseDockerfile, loadAdvisorInput } from '../../src/advisor/advise.js';
import { runCli } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import type { TimingReport } from '../../src/timing/types.js';
import { REGISTRY, manifestDigest } from '../helpers/registry.js';

const out = mkdtempSync(join(tmpdir(), 'bs-examples-'));
const run = (image: string, cmd: string[]) => spawnSync('docker', ['run', '--rm', '--network', 'none', image, ...cmd], { encoding: 'utf8' });

interface Case {
  name: string;
  context: string;
  file: string;
  target?: string;
  smoke: string[];
  smokeOut: RegExp;
  absent: string[];
}

const cases: Case[] = [
  // the Medusa example (a real Medusa v2 app, ~1,400 packages) has its own tiers: test/e2e/medusa.test.ts
  {
    name: 'fastapi',
    context: 'examples/fastapi',
    file: 'examples/fastapi/Dockerfile',
    smoke: ['python', '-c', "import os, fastapi, uvicorn; from app.main import app; print('static', sorted(os.listdir('static')), 'uid', os.getuid())"],
    smokeOut: /static \['assets', 'index.html'\] uid [1-9]/,
    absent: ['python', '-c', "import importlib.util as u; print('DEV' if u.find_spec('pytest') else '')"]
  },
  {
    name: 'monorepo-api',
    context: 'examples/monorepo',
    file: 'examples/monorepo/apps/api/Dockerfile',
    smoke: ['node', '-e', "require('express');require('@mono/db');console.log('api ok', process.getuid())"],
    smokeOut: /api ok [1-9]/,
    absent: ['node', '-e', "console.log(require('fs').existsSync('/repo/apps/web/src') ? 'DEV' : '')"]
  }
];

describe.each(cases)('$name', (c) => {
  const tag = `${REGISTRY}/example-${c.name}:e2e`;
  let code = -1;
  let report: TimingReport;
  let err = '';
  beforeAll(async () => {
    const io = memoryIO({ env: process.env, cwd: process.cwd() });
    const reportPath = join(out, `${c.name}.json`);
    code = await runCli(
      [
        'build',
        '--context',
        c.context,
        '--file',
        c.file,
        ...(c.target ? ['--target', c.target] : []),
        '--tag',
        tag,
        '--push',
        '--cache',
        'registry',
        '--network',
        'host',
        '--report-json',
        reportPath
      ],
      io
    );
    err = io.err.join('').slice(-3000);
    if (code === 0) report = JSON.parse(readFileSync(reportPath, 'utf8'));
  }, 900_000);

  test('builds, pushes and reports', async () => {
    expect(err).not.toMatch(/^error:/m);
    expect(code).toBe(0);
    expect(report.image.digest).toBe(await manifestDigest(`example-${c.name}`, 'e2e'));
    expect(report.steps.length).toBeGreaterThan(3);
  });

  test('the image runs its smoke check with no network', () => {
    const r = run(tag, c.smoke);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(c.smokeOut);
  });

  test('the final image has no development dependencies or toolchain', () => {
    expect(run(tag, c.absent).stdout.trim()).toBe('');
  });

  test('the advisor reports nothing above info', () => {
    const findings = adviseDockerfile({ ...loadAdvisorInput(c.file, c.context, c.file), target: c.target });
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

afterAll(() => {
  // keep the engine tidy between runs: the pushed images stay in the registry
  execFileSync('docker', ['image', 'prune', '--force'], { stdio: 'ignore' });
});
