import { byId } from './dom';

/**
 * The pane's one question box: a labelled dialog (role="dialog", title and text), focus on the
 * safe answer, Escape for "no", focus given back where it was.
 */
export function ask(question: string, yes: string, no: string, title = 'Xác nhận'): Promise<boolean> {
  const box = byId('confirm');
  const yesButton = byId<HTMLButtonElement>('btn-confirm');
  const noButton = byId<HTMLButtonElement>('btn-cancel');
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  byId('confirm-title').textContent = title;
  byId('confirm-text').textContent = question;
  yesButton.textContent = yes;
  noButton.textContent = no;
  box.hidden = false;
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      box.hidden = true;
      yesButton.removeEventListener('click', onYes);
      noButton.removeEventListener('click', onNo);
      box.removeEventListener('keydown', onKey);
      previous?.focus();
      resolve(answer);
    };
    const onYes = () => finish(true);
    const onNo = () => finish(false);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') finish(false);
    };
    yesButton.addEventListener('click', onYes);
    noButton.addEventListener('click', onNo);
    box.addEventListener('keydown', onKey);
    noButton.focus();
  });
}
