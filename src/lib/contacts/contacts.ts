/** Phone numbers as links: "0116 454 1004" becomes "tel:+441164541004" so one tap dials it. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return `tel:${digits}`; // 999, 101, 111: dialled as written
  return digits.startsWith('0') ? `tel:+44${digits.slice(1)}` : `tel:${digits}`;
}

/**
 * Emergency routes first, then local services, then national helplines. Within an area, its
 * front door (children's social care) first and its out-of-hours service next, then the others by
 * name, so the numbers most readers need lead each area.
 */
const AREA_ORDER = ['llr', 'leicester', 'leicestershire', 'rutland', 'national'];
type Orderable = { id: string; data: { emergency: boolean; area: string; service: string } };
/** The area's front door first, then its out-of-hours service, then the rest. */
const rank = (c: Orderable) => (c.id === `${c.data.area}-children-social-care` ? 0 : /out-of-hours/i.test(c.data.service) ? 1 : 2);
export function contactOrder(a: Orderable, b: Orderable): number {
  return (
    Number(b.data.emergency) - Number(a.data.emergency) ||
    AREA_ORDER.indexOf(a.data.area) - AREA_ORDER.indexOf(b.data.area) ||
    rank(a) - rank(b) ||
    a.data.service.localeCompare(b.data.service, 'en-GB')
  );
}

export type ContactArea = 'leicester' | 'leicestershire' | 'rutland' | 'llr' | 'national';

/** The areas in words, for lists and reports. */
export const AREA_NAMES: Record<ContactArea, string> = {
  leicester: 'Leicester',
  leicestershire: 'Leicestershire',
  rutland: 'Rutland',
  llr: 'Leicester, Leicestershire and Rutland',
  national: 'National',
};

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
export function fallbackFor(area: ContactArea): { kind: 'front-door'; contactId: string } | { kind: 'police' } {
  return area === 'leicester' || area === 'leicestershire' || area === 'rutland'
    ? { kind: 'front-door', contactId: `${area}-children-social-care` }
    : { kind: 'police' };
}

/** The local areas, each with a front door: its children's social care, `<area>-children-social-care`. */
const LOCAL_AREAS = ['leicester', 'leicestershire', 'rutland'] as const;

/**
 * Each local area's front door with a number, in area order: what a reader on any document page
 * needs within one tap. An area whose front door has no number yet is left out (the contacts page
 * and the document's own contacts still show it as to be confirmed).
 */
export function frontDoors<T extends { id: string; data: { phone?: string | undefined } }>(contacts: ReadonlyMap<string, T>): (T & { area: (typeof LOCAL_AREAS)[number] })[] {
  return LOCAL_AREAS.flatMap((area) => {
    const contact = contacts.get(`${area}-children-social-care`);
    return contact?.data.phone ? [{ ...contact, area }] : [];
  });
}

/** The id of a contact's card on a page: `contact-<id>`, with a number after it when the page repeats the card. */
export function contactCardId(id: string, used: Map<string, number>): string {
  const seen = used.get(id) ?? 0;
  used.set(id, seen + 1);
  return seen === 0 ? `contact-${id}` : `contact-${id}-${seen + 1}`;
}
