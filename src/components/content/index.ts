/**
 * The components every document body is rendered with: `<Content components={contentComponents} />`.
 * They stand in for the HTML elements Markdown produces (links, images), so that site addresses
 * get the base path. Editors may also write the components listed in CONTENT_COMPONENTS in
 * src/lib/content/rules/mdx.ts (the national timescales), which the content checker vets.
 */
import ContentImage from './ContentImage.astro';
import ContentLink from './ContentLink.astro';
import Timescale from './Timescale.astro';
import Timescales from './Timescales.astro';

export const contentComponents = { a: ContentLink, img: ContentImage, Timescale, Timescales };
