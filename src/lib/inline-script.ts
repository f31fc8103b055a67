import { createHash } from 'node:crypto';

/**
 * The one inline script of the site, in <head>: it applies the reader's saved theme before the
 * first paint (no flash), wires the theme toggle, adds copy buttons to citations, and loads Pagefind's highlighter only when a
 * search result was followed. Inline because a bundled module runs too late to prevent the flash;
 * its hash is added to the CSP in astro.config.mjs, so no `unsafe-inline` is needed.
 */
export function inlineScript(base: string): string {
  const b = JSON.stringify(base.endsWith('/') ? base : `${base}/`);
  return `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('tema');if(t==='dark'||t==='light')d.dataset.theme=t}catch(e){}
function dark(){return d.dataset.theme?d.dataset.theme==='dark':matchMedia('(prefers-color-scheme: dark)').matches}
function sync(){var b=document.querySelector('[data-tema-toggle]');if(b){b.hidden=false;b.setAttribute('aria-pressed',String(dark()))}}
document.addEventListener('DOMContentLoaded',function(){sync();if(navigator.clipboard)document.querySelectorAll('pre[data-salin]').forEach(function(p){var w=p.dataset.salin.split('|'),b=document.createElement('button');b.type='button';b.className='tombol-sekunder no-print';b.textContent=w[0];b.addEventListener('click',function(){navigator.clipboard.writeText(p.textContent).then(function(){b.textContent=w[1]})});p.after(b)})});
document.addEventListener('click',function(e){var b=e.target instanceof Element&&e.target.closest('[data-tema-toggle]');if(!b)return;var n=dark()?'light':'dark';d.dataset.theme=n;try{localStorage.setItem('tema',n)}catch(e){}sync()});
if(/[?&]highlight=/.test(location.search))document.addEventListener('DOMContentLoaded',function(){import(${b}+'pagefind/pagefind-highlight.js').then(function(){new PagefindHighlight({highlightParam:'highlight',addStyles:false,markContext:document.querySelector('[data-pagefind-body]:not([hidden])')?null:'main'})}).catch(function(){})});
})();`;
}

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/**
 * The Content-Security-Policy of every page, as a <meta> tag (static hosting has no headers to
 * set). Only the site's own files run, plus the one inline script by its hash; Pagefind needs
 * 'wasm-unsafe-eval' and a blob: worker. Written here rather than by Astro's security.csp, which
 * lists hashes of its own runtime scripts on every page (about 0.5 KB gzip the pages never use).
 */
export function kebijakanKeamanan(base: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' '${sha256(inlineScript(base))}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
