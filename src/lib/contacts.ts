/** Phone numbers as links: "0116 454 1004" becomes "tel:+441164541004" so one tap dials it. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 4) return `tel:${digits}`; // 999, 101, 111: dialled as written
  return digits.startsWith('0') ? `tel:+44${digits.slice(1)}` : `tel:${digits}`;
}

/** Emergency routes first, then local services, then national helplines. */
const AREA_ORDER = ['llr', 'leicester', 'leicestershire', 'rutland', 'national'];
export function contactOrder(a: { id: string; data: { emergency: boolean; area: string } }, b: { id: string; data: { emergency: boolean; area: string } }): number {
  return Number(b.data.emergency) - Number(a.data.emergency) || AREA_ORDER.indexOf(a.data.area) - AREA_ORDER.indexOf(b.data.area);
}
