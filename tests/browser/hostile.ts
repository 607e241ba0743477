// A scenario with markup in every text it can reach: the tutorial with `<script>` and `<img onerror>` in its texts.
export const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const KEYS = 'title|period|summary|briefing|text|label|name|role|why|note|reason|en|ru|kk';

export function hostileScenario(tutorial: string): string {
  const lines = tutorial.split('\n');
  const out: string[] = [];
  const field = new RegExp(`^(\\s*(?:- )?(?:${KEYS}): )(.*)$`);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === 'id: tutorial') {
      out.push('id: hostile');
      continue;
    }
    const m = field.exec(line);
    const value = m?.[2] ?? '';
    if (m && /^[|>]/.test(value)) {
      out.push(line, `${/^\s*/.exec(lines[i + 1] ?? '')![0]}${HOSTILE}`);
    } else if (m && value.startsWith('"') && value.endsWith('"')) {
      out.push(m[1] + JSON.stringify(`${HOSTILE} ${JSON.parse(value) as string}`));
    } else if (m && value !== '' && !/^["'{[&*!#]/.test(value) && !/ #/.test(value)) {
      out.push(m[1] + JSON.stringify(`${HOSTILE} ${value}`));
    } else {
      out.push(line.replace(/\{ en: ([^,}"]+)/g, (_all, text: string) => `{ en: ${JSON.stringify(`${HOSTILE} ${text}`)}`));
    }
  }
  return out.join('\n');
}
