/**
 * Full addresses of the site's pages, for the places that need one (the sitemap, the feed, the
 * canonical link, print). The public origin comes only from SITE_URL, set by the deploy: a build
 * without it writes site paths such as /procedures/neglect/ and warns, never a made-up origin
 * that a printout, a feed reader or a search engine would then send people to.
 */
export const addressOf = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);

export const MISSING_SITE_URL_WARNING = [
  "SITE_URL is not set, so this build does not know the site's public address.",
  'The sitemap, the changes feed and printouts hold site paths (such as /procedures/neglect/) instead of full addresses,',
  'and pages have no canonical link. Set SITE_URL=https://your.site.address for a build that will be published.',
].join('\n');
