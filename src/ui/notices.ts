// What the page must tell the player beside the screen they are on: a save it could not restore or write, an
// address it could not follow, the map paused. They sit in one area that stays in place while the screens under it
// are rebuilt, inside a live region: a notice is announced once, when it appears, not again at every move.
import { el } from './dom.ts';

export interface Notice {
  /** 'alert' for what the player should act on now, 'status' for what they should know */
  readonly tone: 'alert' | 'status';
  readonly title: string;
  readonly lines: readonly string[];
  readonly controls?: readonly HTMLElement[];
}

/** In the order they are shown, the most pressing first. */
const ORDER = ['failure', 'unsaved', 'set-aside', 'address', 'map'] as const;
export type NoticeKey = (typeof ORDER)[number];

export class Notices {
  private readonly shown = new Map<NoticeKey, { element: HTMLElement; said: string }>();

  constructor(private readonly area: HTMLElement) {
    area.setAttribute('aria-live', 'polite');
  }

  /** Show a notice, replace it when it says something else, or take it away (null). */
  set(key: NoticeKey, notice: Notice | null): void {
    const current = this.shown.get(key);
    const said = notice ? JSON.stringify([notice.tone, notice.title, notice.lines]) : '';
    if (current?.said === said) return;
    current?.element.remove();
    this.shown.delete(key);
    if (!notice) return;
    const element = el(
      'div',
      { class: `notice ${notice.tone}`, role: notice.tone, 'data-notice': key },
      // the controls follow the words on the same line where they fit: a notice takes as little of the panel as it can
      el('p', {}, el('strong', {}, notice.title), ...notice.lines.map((line) => ` ${line}`), ...(notice.controls ?? []).map((c) => [' ', c])),
    );
    this.shown.set(key, { element, said });
    const next = ORDER.slice(ORDER.indexOf(key) + 1)
      .map((k) => this.shown.get(k)?.element)
      .find((e) => e !== undefined);
    this.area.insertBefore(element, next ?? null);
  }
}
