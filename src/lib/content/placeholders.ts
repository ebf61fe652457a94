/**
 * The marker `npm run new` writes wherever an editor still has to write something. The checker
 * looks for it, so a template's placeholder text can never be published by mistake: it is an
 * error in a published document and a warning in a draft (which readers never see).
 */
export const PLACEHOLDER = 'TODO:';

export function hasPlaceholder(text: string): boolean {
  return text.includes(PLACEHOLDER);
}

/** Every string inside a parsed YAML value, with its path, so a placeholder can be traced to its field. */
export function stringsIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  }
  return [];
}
