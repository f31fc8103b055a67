import { createHash } from 'node:crypto';

/**
 * The one inline script of the site, in <head>: it applies the reader's saved theme before the
 * first paint (no flash), marks a page opened with a query string (`.kueri`: the search and
 * compare pages reserve the space of what the query will show before it arrives), wires the theme toggle, carries the query (search words, answers, filters: language-neutral ids) across the language switch, adds copy buttons to citations, and loads
 * Pagefind's highlighter only when a search result was followed.
 * On a wide screen it opens the side columns that fold only on a phone (`.lipat-sempit`, shown
 * there by the stylesheet whether open or not), so their state says what the reader sees. A copy
 * button is named by what it copies, and confirms in a live region beside it, emptied after a while
 * so a second copy is confirmed again. Inline because a bundled module
 * runs too late to prevent the flash; its hash is in the CSP below, so no 'unsafe-inline'.
 * Hand-compacted: it is on every page, and entry pages have a byte budget.
 */
export function inlineScript(base: string): string {
  const b = JSON.stringify(base.endsWith('/') ? base : `${base}/`);
  return `(()=>{const d=document.documentElement,q=s=>document.querySelector(s),on=(t,f)=>document.addEventListener(t,f);d.classList.add('js');location.search.length>1&&d.classList.add('kueri');try{const t=localStorage.tema;if(t=='dark'||t=='light')d.dataset.theme=t}catch{}
const dark=()=>d.dataset.theme?d.dataset.theme=='dark':matchMedia('(prefers-color-scheme:dark)').matches,sync=()=>{const b=q('[data-tema-toggle]');b&&b.setAttribute('aria-pressed',dark())};
on('DOMContentLoaded',()=>{sync();matchMedia('(min-width:62rem)').matches&&document.querySelectorAll('.lipat-sempit').forEach(e=>e.open=!0);navigator.clipboard&&document.querySelectorAll('pre[data-salin]').forEach(p=>{const[a,z]=p.dataset.salin.split('|'),b=document.createElement('button'),s=document.createElement('span');b.type='button';b.className='tombol-sekunder no-print';b.textContent=a;s.role='status';b.onclick=()=>navigator.clipboard.writeText(p.textContent).then(()=>{s.textContent=z;setTimeout(()=>s.textContent='',5e3)});p.after(b,' ',s)});/[?&]highlight=/.test(location.search)&&import(${b}+'pagefind/pagefind-highlight.js').then(()=>new PagefindHighlight({highlightParam:'highlight',addStyles:!1,markContext:q('[data-pagefind-body]:not([hidden])')?null:'main'})).catch(()=>{})});
on('click',e=>{const t=e.target,l=t.closest?.('.kepala a[hreflang]');if(l)return l.search=location.search;if(!t.closest?.('[data-tema-toggle]'))return;const n=dark()?'light':'dark';d.dataset.theme=n;try{localStorage.tema=n}catch{}sync()})})()`;
}

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * The Content-Security-Policy of every page, as a <meta> tag (static hosting has no headers to
 * set). Only the site's own files run, plus the one inline script by its hash; Pagefind needs
 * 'wasm-unsafe-eval' and a blob: worker. Written here rather than by Astro's security.csp, which
 * lists hashes of its own runtime scripts on every page (about 0.5 KB gzip the pages never use).
 * Stylesheets and fetches fall back to default-src ('self' only, so no inline style): a
 * `style-src 'self'` or `connect-src 'self'` of its own would repeat it in every page's bytes.
 * Workers fall back to script-src, not default-src, so Pagefind's blob: worker is named.
 */
export function kebijakanKeamanan(base: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' '${sha256(inlineScript(base))}'`,
    "img-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
