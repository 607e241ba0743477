// Building the page's controls. Every scenario text goes in as text (textContent), never as HTML.

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

export function button(label: string, onClick: () => void, props: Partial<Record<string, string>> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...props }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Paragraphs of a scenario text: a blank line separates them, single line breaks are the file's wrapping. */
export function paragraphs(text: string, props: Partial<Record<string, string>> = {}): HTMLElement[] {
  return text
    .trim()
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => el('p', props, p.replace(/\s+/g, ' ').trim()));
}
