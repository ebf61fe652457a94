/**
 * The components every document body is rendered with: `<Content components={contentComponents} />`.
 * Under a base path (a project page at /llr-procedures/) links and images in the text stand in
 * for the HTML elements Markdown produces, so that site addresses get the base; at the root they
 * would change nothing, and rendering each link as a component costs time on every page, so
 * Markdown's own elements are kept. Editors may also write the components listed in
 * CONTENT_COMPONENTS in src/lib/content/rules/mdx.ts (the national timescales), which the
 * content checker vets.
 */
import ContentImage from './ContentImage.astro';
import ContentLink from './ContentLink.astro';
import Timescale from './Timescale.astro';
import Timescales from './Timescales.astro';

const addressesNeedBase = import.meta.env.BASE_URL !== '/';

export const contentComponents = {
  ...(addressesNeedBase ? { a: ContentLink, img: ContentImage } : {}),
  Timescale,
  Timescales,
};
