/**
 * How every browser script starts (GOV.UK Frontend's pattern): a component's root element carries
 * a data attribute naming what enhances it, and the script's module calls `enhance` with that
 * attribute. The markup works without JavaScript; the module only adds to it, on the elements
 * that ask for it and nowhere else.
 *
 * Each element is started once: its `data-enhanced` attribute lists the modules started on it
 * (`[data-enhanced~="theme-filter"]`), so a module evaluated twice, or a second call, never binds
 * its listeners twice. A module that fails on one element is reported and the others still start:
 * one broken enhancement must not take the rest of the page's with it.
 */
export function enhance(attribute: `data-${string}`, start: (element: HTMLElement) => void): void {
  const name = attribute.slice('data-'.length);
  for (const element of document.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
    const started = element.dataset.enhanced?.split(' ') ?? [];
    if (started.includes(name)) continue;
    element.dataset.enhanced = [...started, name].join(' ');
    try {
      start(element);
    } catch (error) {
      reportError(error);
    }
  }
}
