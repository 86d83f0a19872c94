// Analysis worker: receives tasks, runs the pure pipeline, sends results back (compressed raw buffers transferred).
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { runTask } from './analyse.ts';
import type { Task } from './task.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
// Writes are the one serial step of an ingest: on a busy machine the writer (main thread, or the database server)
// should get a core before the workers, which have a backlog anyway. On Linux this lowers this thread only.
try {
  setPriority(10);
} catch {
  // not permitted here: run at normal priority
}
port.on('message', (msg: { id: number; task: Task }) => {
  const result = runTask(msg.task);
  const transfer = result.kind === 'ingest' ? result.docs.map((d) => d.rawGz.buffer as ArrayBuffer) : [];
  port.postMessage({ id: msg.id, result }, transfer);
});
