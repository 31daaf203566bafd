import { byId } from './dom';

/** The status line under the buttons: a message and, during long work, a step progress bar. */
export class StatusLine {
  private readonly text = byId<HTMLElement>('status-text');
  private readonly bar = byId<HTMLProgressElement>('status-progress');
  private readonly box = byId<HTMLElement>('status');

  progress(message: string, step: number, steps: number): void {
    this.box.className = 'status busy';
    this.text.textContent = message;
    this.bar.hidden = false;
    this.bar.max = steps;
    this.bar.value = step;
  }

  done(message: string, tone: 'ok' | 'warn' | 'error' = 'ok'): void {
    this.box.className = `status ${tone}`;
    this.text.textContent = message;
    this.bar.hidden = true;
  }
}
