// What the page must tell the player beside the screen they are on: a save it could not restore or write, an
// address it could not follow, the map paused. They sit in one area that stays in place while the screens under it
// are rebuilt, inside a live region: a notice is announced once, when it appears, not again at every move. The
// region is in index.html, and the notices set while the page opens are added one frame later: a screen reader
// may miss what is added to a region in the same moment the region itself appears.
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
  /** where notices go: off the page until the first frame, then the live region */
  private target: HTMLElement = document.createElement('div');

  /** `added` runs when the notices held back for the first frame have been added to the page. */
  constructor(area: HTMLElement, added: () => void) {
    requestAnimationFrame(() => {
      area.append(...this.target.childNodes);
      this.target = area;
      added();
    });
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
    this.target.insertBefore(element, next ?? null);
  }
}
