import { byId } from './dom';

/** The status line under the buttons: a message, a progress bar during long work, and at times a link. */
export class StatusLine {
  private readonly text = byId<HTMLElement>('status-text');
  private readonly bar = byId<HTMLProgressElement>('status-progress');
  private readonly box = byId<HTMLElement>('status');
  private readonly anchor = byId<HTMLAnchorElement>('status-link');

  /** `done` of `total` units of the current step; the bar is labelled by the step's message. */
  progress(message: string, done: number, total: number): void {
    this.box.className = 'status busy';
    this.text.textContent = message;
    this.anchor.hidden = true;
    this.bar.hidden = false;
    this.bar.max = Math.max(1, total);
    this.bar.value = Math.min(done, total);
    this.bar.setAttribute('aria-label', message);
  }

  done(message: string, tone: 'ok' | 'warn' | 'error' = 'ok'): void {
    this.box.className = `status ${tone}`;
    this.text.textContent = message;
    this.bar.hidden = true;
    this.anchor.hidden = true;
  }

  link(text: string, href: string, fileName: string): void {
    this.anchor.textContent = text;
    this.anchor.href = href;
    this.anchor.download = fileName;
    this.anchor.target = '_blank';
    this.anchor.hidden = false;
  }
}
