/**
 * The components every document body is rendered with: `<Content components={contentComponents} />`.
 * They stand in for the HTML elements Markdown produces (links, images), so that site addresses
 * get the base path. Content cannot use them by name; components editors may write as JSX are
 * listed in CONTENT_COMPONENTS in src/lib/mdx-rules.ts (none today).
 */
import ContentImage from './ContentImage.astro';
import ContentLink from './ContentLink.astro';

export const contentComponents = { a: ContentLink, img: ContentImage };
