/** Phone numbers as links: "0116 454 1004" becomes "tel:+441164541004" so one tap dials it. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return `tel:${digits}`; // 999, 101, 111: dialled as written
  return digits.startsWith('0') ? `tel:+44${digits.slice(1)}` : `tel:${digits}`;
}

/** An area as content/site.yaml names it. */
export interface NamedArea {
  id: string;
  name: string;
}

/**
 * The site's areas, from content/site.yaml: the whole region (whose id partnership-wide services
 * such as the police name) and its local authority areas, each with a front door. A site's
 * identity (SiteIdentity) is one of these.
 */
export interface SiteAreas {
  region: NamedArea;
  localAreas: readonly NamedArea[];
}

/** The area id of national services; the one area site.yaml does not list (NATIONAL_AREA in the schema). */
const NATIONAL = 'national';

/** The id of an area's front door for any concern about a child: its children's social care. */
export const frontDoorId = (area: string) => `${area}-children-social-care`;

type Orderable = { id: string; data: { emergency: boolean; area: string; service: string } };
/** The area's front door first, then its out-of-hours service, then the rest. */
const rank = (c: Orderable) => (c.id === frontDoorId(c.data.area) ? 0 : /out-of-hours/i.test(c.data.service) ? 1 : 2);
/**
 * Emergency routes first, then partnership-wide services, then each local area in the order
 * site.yaml lists them, then national helplines. Within an area, its front door (children's social
 * care) first and its out-of-hours service next, then the others by name, so the numbers most
 * readers need lead each area.
 */
export function contactOrder(areas: SiteAreas): (a: Orderable, b: Orderable) => number {
  const order = [areas.region.id, ...areas.localAreas.map((area) => area.id), NATIONAL];
  // An area site.yaml does not list (the checker reports it) sorts last rather than first.
  const position = (area: string) => (order.includes(area) ? order.indexOf(area) : order.length);
  return (a, b) =>
    Number(b.data.emergency) - Number(a.data.emergency) ||
    position(a.data.area) - position(b.data.area) ||
    rank(a) - rank(b) ||
    a.data.service.localeCompare(b.data.service, 'en-GB');
}

/** An area in words, for lists and reports: its name in site.yaml, "National", or the id itself if neither. */
export function areaName(areas: SiteAreas, area: string): string {
  if (area === NATIONAL) return 'National';
  return [areas.region, ...areas.localAreas].find((known) => known.id === area)?.name ?? area;
}

/**
 * A contact is "to confirm" while no source gives its number: the data has no `phone`. Nothing
 * marks it: adding a sourced phone is all it takes for it to leave the review lists.
 */
export const isToConfirm = (contact: { phone?: string | undefined }): boolean => contact.phone === undefined;

/**
 * Where to turn while a contact's number is to be confirmed. For a local service, the area's
 * children's social care (its front door for any concern about a child), whose card is on
 * /contacts/; for a partnership-wide or national service, the police on 101. 999 always in an
 * emergency.
 */
export function fallbackFor(areas: SiteAreas, area: string): { kind: 'front-door'; contactId: string } | { kind: 'police' } {
  return areas.localAreas.some((local) => local.id === area) ? { kind: 'front-door', contactId: frontDoorId(area) } : { kind: 'police' };
}

/**
 * Each local area's front door with a number, in area order: what a reader on any document page
 * needs within one tap. An area whose front door has no number yet is left out (the contacts page
 * and the document's own contacts still show it as to be confirmed).
 */
export function frontDoors<T extends { id: string; data: { phone?: string | undefined } }>(
  areas: SiteAreas,
  contacts: ReadonlyMap<string, T>,
): (T & { area: NamedArea })[] {
  return areas.localAreas.flatMap((area) => {
    const contact = contacts.get(frontDoorId(area.id));
    return contact?.data.phone ? [{ ...contact, area }] : [];
  });
}

/** The id of a contact's card on a page: `contact-<id>`, with a number after it when the page repeats the card. */
export function contactCardId(id: string, used: Map<string, number>): string {
  const seen = used.get(id) ?? 0;
  used.set(id, seen + 1);
  return seen === 0 ? `contact-${id}` : `contact-${id}-${seen + 1}`;
}

/** A contact as its card shows it: with whether its number is still to be confirmed, and where to turn meanwhile. */
export interface ContactCard<C> {
  id: string;
  data: C;
  toConfirm: boolean;
  /** For a contact to be confirmed: its area's front door (with that service's name), or the police. */
  fallback: { kind: 'front-door'; contactId: string; service: string | undefined } | { kind: 'police' };
}

/**
 * The cards for a list of contacts. The front doors' names come from their own entries in
 * `all`, so a renamed service is renamed on every card that points to it.
 */
export function contactCards<C extends { area: string; phone?: string | undefined }>(
  contacts: readonly { id: string; data: C }[],
  areas: SiteAreas,
  all: ReadonlyMap<string, { data: { service: string } }>,
): ContactCard<C>[] {
  return contacts.map(({ id, data }) => {
    const fallback = fallbackFor(areas, data.area);
    return {
      id,
      data,
      toConfirm: isToConfirm(data),
      fallback: fallback.kind === 'front-door' ? { ...fallback, service: all.get(fallback.contactId)?.data.service } : fallback,
    };
  });
}
