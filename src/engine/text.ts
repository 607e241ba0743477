import type { Text } from './types.ts';

/** The text in the wanted language, falling back to English, then to any language the text has. */
export function textOf(text: Text, language = 'en'): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text['en'] ?? Object.values(text)[0] ?? '';
}
