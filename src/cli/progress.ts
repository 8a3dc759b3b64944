/**
 * Progress of a batch on stderr, only when stderr is a terminal (a piped or logged run stays
 * quiet), redrawn at most a few times a second; and the counts for the closing summary.
 */
export interface Counts {
  saved: number;
  notArticle: number;
  failed: number;
  skipped: number;
}

const REDRAW_MS = 250;

export class Progress {
  readonly counts: Counts = { saved: 0, notArticle: 0, failed: 0, skipped: 0 };
  /** Inputs listed so far, and whether the listing is finished (then it is the total). */
  listed = 0;
  listingDone = false;
  private readonly start = Date.now();
  private last = 0;
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream & { isTTY?: boolean } = process.stderr) {}

  get done(): number {
    return this.counts.saved + this.counts.notArticle + this.counts.failed;
  }

  tick(force = false): void {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (!force && now - this.last < REDRAW_MS) return;
    this.last = now;
    this.out.write(`\r\x1b[K${this.line(now)}`);
    this.drawn = true;
  }

  /** Clears the progress line before another message goes to stderr. */
  clear(): void {
    if (this.drawn && this.out.isTTY) this.out.write('\r\x1b[K');
    this.drawn = false;
  }

  line(now = Date.now()): string {
    const secs = Math.max((now - this.start) / 1000, 0.001);
    const rate = this.done / secs;
    const todo = this.listed - this.counts.skipped;
    const total = this.listingDone ? `${todo}` : `${todo}+`;
    let text = `${this.done}/${total} done · ${rate.toFixed(1)} pages/s`;
    if (this.listingDone && rate > 0) text += ` · ETA ${duration((todo - this.done) / rate)}`;
    if (this.counts.failed) text += ` · ${this.counts.failed} failed`;
    return text;
  }
}

export function duration(secs: number): string {
  const s = Math.max(0, Math.round(secs));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
