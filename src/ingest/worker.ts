// Analysis worker: receives tasks, runs the pure pipeline, sends results back (compressed raw buffers transferred).
import { parentPort } from 'node:worker_threads';
import { runTask } from './analyse.ts';
import type { Task } from './task.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
port.on('message', (msg: { id: number; task: Task }) => {
  const result = runTask(msg.task);
  const transfer = result.kind === 'ingest' ? result.docs.map((d) => d.rawGz.buffer as ArrayBuffer) : [];
  port.postMessage({ id: msg.id, result }, transfer);
});
