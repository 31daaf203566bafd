import * as path from 'path';
import type { CommandIo } from './io';

const seconds = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Sizes as Vietnamese readers write them: "1,2 MB", "85 KB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${seconds.format(bytes / (1024 * 1024))} MB`;
}

/**
 * A sign of life for long commands: one line on stderr, redrawn in place with the time spent,
 * then a summary of time and sizes. Only on a terminal, and never with --json, so scripts and
 * pipes see exactly what they saw before.
 */
export class Progress {
  private readonly started = Date.now();
  private text = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly read: { file: string; bytes: number }[] = [];
  private readonly written: { file: string; bytes: number }[] = [];

  constructor(
    private readonly io: CommandIo,
    readonly enabled: boolean = Boolean(io.interactive),
  ) {}

  /** What the command is doing now ("Đang đọc sổ…"); redrawn every quarter second while it lasts. */
  step(text: string): void {
    if (!this.enabled) return;
    this.text = text;
    this.draw();
    // Async work (reading the workbook, LibreOffice) lets the clock tick; unref: it never holds the process.
    this.timer ??= setInterval(() => this.draw(), 250);
    this.timer.unref();
  }

  readFile(file: string, bytes: number): void {
    this.read.push({ file, bytes });
  }

  wroteFile(file: string, bytes: number): void {
    this.written.push({ file, bytes });
  }

  /** Clears the line (before the command prints its result). */
  clear(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.enabled && this.text) this.io.stderr('\r\x1b[2K');
    this.text = '';
  }

  /** Clears the line and prints how long the command took and how much it read and wrote. */
  finish(): void {
    this.clear();
    if (!this.enabled) return;
    const parts = [`Xong sau ${seconds.format((Date.now() - this.started) / 1000)} giây`];
    if (this.read.length > 0) parts.push(`đã đọc ${this.describe(this.read)}`);
    if (this.written.length > 0) parts.push(`đã ghi ${this.describe(this.written)}`);
    this.io.stderr(`${parts.join(' · ')}.\n`);
  }

  private describe(files: { file: string; bytes: number }[]): string {
    const total = formatSize(files.reduce((sum, f) => sum + f.bytes, 0));
    return files.length === 1 ? `${path.basename(files[0].file)} (${total})` : `${files.length} tệp (${total})`;
  }

  private draw(): void {
    const elapsed = ` ${Math.floor((Date.now() - this.started) / 1000)} giây`;
    // A line longer than the terminal wraps, and "\r" would then redraw only its last part.
    const room = Math.max(20, (process.stderr.columns || 80) - 1 - elapsed.length);
    const chars = [...this.text];
    const text = chars.length > room ? `${chars.slice(0, room - 1).join('')}…` : this.text;
    this.io.stderr(`\r\x1b[2K${text}${elapsed}`);
  }
}
