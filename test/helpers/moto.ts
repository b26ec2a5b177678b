// moto's ECR server on loopback (a Python test peer that .ci/run installs): real AWS SDK
// requests and responses for the ECR client code and the ECR stand-in's login.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Moto {
  port: number;
  endpoint: string;
  stop(): void;
}

/** Starts moto_server on a free-looking port and waits until it answers. */
export async function startMoto(port = 5000 + 55 + Math.floor(Math.random() * 400) * 10): Promise<Moto> {
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const moto = { port, endpoint: `http://127.0.0.1:${port}`, stop: () => void child.kill() };
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(`${moto.endpoint}/moto-api/`)).ok) return moto;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  moto.stop();
  throw new Error('moto_server did not start: pip install "moto[server]" (.ci/run does)');
}
