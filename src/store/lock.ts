// One process per embedded store folder: PGlite lets two processes open one folder and silently loses writes.
// The lock is a file holding the owner's pid; a lock whose pid is dead is stale and taken over.
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StoreLockedError } from './types.ts';

export interface FolderLock {
  readonly path: string;
  release(): void;
}

export function lockFolder(dir: string): FolderLock {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'lock');
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (ownerPid(path) === process.pid) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.on('exit', release);
      return { path, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = ownerPid(path);
    if (pid === null && young(path)) {
      // Being written by its owner right now: wait a moment and look again.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      continue;
    }
    if (pid !== null && pid !== process.pid && alive(pid)) throw new StoreLockedError(pid, dir);
    if (pid === process.pid) throw new StoreLockedError(pid, dir);
    // Stale (owner dead, or a half-written lock file): remove and retry. Two racers: only one wins the 'wx' open.
    try {
      unlinkSync(path);
    } catch {
      // someone else removed it
    }
  }
  throw new Error(`cannot take the store lock ${path}`);
}

function ownerPid(path: string): number | null {
  try {
    const pid = Number(JSON.parse(readFileSync(path, 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function young(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 2000;
  } catch {
    return false;
  }
}
