// Runs a command and captures its output (shell). Never throws: a missing program is exit
// code 127, a failed one its own code (1 when unknown).
import { execFile } from 'node:child_process';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export function execCapture(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<Captured> {
  return new Promise((resolve) => {
    execFile(cmd, args, { env: env ?? process.env, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      let code = 0;
      if (err) {
        const c = (err as { code?: unknown }).code;
        code = typeof c === 'number' && c !== 0 ? c : c === 'ENOENT' ? 127 : 1;
      }
      resolve({ code, stdout, stderr });
    });
  });
}
