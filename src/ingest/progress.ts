// Progress of a long run: a one-line bar on a terminal, plain log lines otherwise (CI logs, pipes).

export interface Counts {
  read: number;
  skipped: number;
  added: number;
  versions: number;
  existing: number;
  failed: number;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  tty?: boolean;
  /** Plain mode: one line every this many ms. */
  intervalMs?: number;
  label?: string;
}

export class Progress {
  private readonly stream: NodeJS.WriteStream;
  private readonly tty: boolean;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastLine = 0;
  private readonly intervalMs: number;
  private readonly label: string;
  total: number | null = null;

  constructor(opts: ProgressOptions = {}) {
    this.stream = opts.stream ?? process.stderr;
    this.tty = opts.tty ?? !!this.stream.isTTY;
    this.intervalMs = opts.intervalMs ?? 5000;
    this.label = opts.label ?? 'ingest';
  }

  update(c: Counts, force = false): void {
    const now = Date.now();
    if (this.tty) {
      if (!force && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      const cols = this.stream.columns || 100;
      this.stream.write(`\r${this.line(c, now, true).slice(0, cols - 1)}\x1b[K`);
    } else if (force || now - this.lastLine >= this.intervalMs) {
      this.lastLine = now;
      this.stream.write(`${this.line(c, now, false)}\n`);
    }
  }

  done(c: Counts): void {
    if (this.tty) this.stream.write(`\r${this.line(c, Date.now(), false)}\x1b[K\n`);
    else this.stream.write(`${this.line(c, Date.now(), false)}\n`);
  }

  /** A message that must not be overwritten by the bar (a failure). */
  note(msg: string): void {
    this.stream.write(this.tty ? `\r\x1b[K${msg}\n` : `${msg}\n`);
  }

  private line(c: Counts, now: number, bar: boolean): string {
    const done = c.skipped + c.added + c.versions + c.existing + c.failed;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = done / secs;
    const total = this.total !== null && this.total >= done ? this.total : null;
    const eta = total !== null && rate > 0 ? fmtTime((total - done) / rate) : '?';
    const parts = [
      `${this.label}: ${done}${total !== null ? `/${total}` : ''}`,
      `${rate.toFixed(rate < 10 ? 1 : 0)}/s`,
      `mới/new ${c.added}`,
      ...(c.versions ? [`phiên bản/versions ${c.versions}`] : []),
      `đã có/known ${c.existing + c.skipped}`,
      `lỗi/failed ${c.failed}`,
      `ETA ${eta}`,
      fmtTime(secs),
    ];
    if (!bar || total === null) return parts.join(' · ');
    const width = 24;
    const fill = Math.round((done / Math.max(1, total)) * width);
    return `[${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${parts.join(' · ')}`;
  }
}

function fmtTime(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = t % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}
