/**
 * What a printed page says about itself (src/components/print/PrintDetails.astro): at print time,
 * each element carrying `data-print-details` gets the reader's own date ("Printed on", in place of
 * the build date) and the address the page was printed from. Every closed <details> opens for
 * print, since contacts must be on paper, and closes again after.
 */
import { printedOn } from '../../lib/site/print.ts';
import { enhance } from '../enhance.ts';

let opened: HTMLDetailsElement[] = [];

function stampPrintDetails(block: HTMLElement) {
  const { iso, text } = printedOn(new Date());
  const label = block.querySelector('[data-print-date-label]');
  const date = block.querySelector('time[data-print-date]');
  if (label) label.textContent = 'Printed on';
  const address = block.querySelector('[data-print-address]');
  if (address) address.textContent = `${location.origin}${location.pathname}`;
  if (date) {
    date.setAttribute('datetime', iso);
    date.textContent = text;
  }
}

/** Safe to run twice (and once per block): a second run finds no closed <details> left to open. */
function openClosedDetails() {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    opened.push(details);
  }
}

function closeReopenedDetails() {
  for (const details of opened) details.open = false;
  opened = [];
}

enhance('data-print-details', (block) => {
  const beforePrint = () => {
    stampPrintDetails(block);
    openClosedDetails();
  };
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', closeReopenedDetails);
  // Some print paths (print preview in tests, some browsers' PDF export) switch the media without
  // the events; follow the media query too. beforePrint is safe to run twice.
  matchMedia('print').addEventListener('change', (event) => (event.matches ? beforePrint() : closeReopenedDetails()));
});
