/**
 * Counts the pages of a PDF by its page objects (`/Type /Page`, not `/Type /Pages`, the page
 * tree). Chromium writes page objects uncompressed, so no PDF library is needed.
 */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
