// Building the page's controls, and the files it writes. Every scenario text goes in as text (textContent), never
// as HTML.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/**
 * A button. The second click of a double-click (its `detail` is 2 or more) does nothing: the first has already
 * changed the screen, and the second would land on whatever it put under the pointer, unseen.
 */
export function button(label: string, onClick: () => void, props: Partial<Record<string, string>> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...props }, label);
  b.addEventListener('click', (event) => {
    if (event.detail <= 1) onClick();
  });
  return b;
}

let confirms = 0;

/** A button for what cannot be undone: it asks in place first, with "keep" focused, and acts on an explicit yes. */
export function confirmedButton(label: string, question: string, yes: string, no: string, run: () => void): HTMLElement {
  const holder = el('span', { class: 'confirm' });
  const questionId = `confirm-${++confirms}`;
  const ask: HTMLButtonElement = button(label, () => {
    const keep = button(no, () => {
      holder.replaceChildren(ask);
      ask.focus();
    });
    holder.replaceChildren(el('span', { role: 'group', 'aria-labelledby': questionId, class: 'row' }, el('span', { id: questionId }, question), button(yes, run), keep));
    keep.focus();
  });
  holder.append(ask);
  return holder;
}

/** Paragraphs of a scenario text: a blank line separates them, single line breaks are the file's wrapping. */
export function paragraphs(text: string, props: Partial<Record<string, string>> = {}): HTMLElement[] {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => el('p', props, p.replace(/\s+/g, ' ').trim()));
}

/** Write a file for the player to keep (a save, or a damaged save as it was). */
export function download(text: string, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
