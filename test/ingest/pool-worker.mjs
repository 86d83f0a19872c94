// A stand-in analysis worker for the pool's tests: it answers each task in order, and a raw's source tells it to
// crash ("crash"), hang ("hang") or take a while ("slow:MS"). Each raw comes back as a failure whose reason is "ok".
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id, task }) => {
  for (const r of task.raws) {
    if (r.source === 'crash') process.exit(3);
    if (r.source === 'hang') for (;;);
    const slow = /^slow:(\d+)$/.exec(r.source);
    if (slow) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(slow[1]));
  }
  parentPort.postMessage({
    id,
    result: { kind: 'ingest', docs: [], failures: task.raws.map((r) => ({ source: r.source, reason: 'ok' })) },
  });
});
