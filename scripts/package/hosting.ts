/**
 * Server settings for hosting the built site under a sub-path, in one place: HOSTING.txt shows
 * them to publishers, the archive ships .htaccess and web.config made from them, and
 * e2e/nginx.test.ts runs nginx with exactly the location block printed here.
 */
import { IMMUTABLE } from './serve.mjs';

/** Text types worth compressing; Pagefind's index files and woff2 are already compressed. */
const GZIP_TYPES = ['text/css', 'application/javascript', 'text/javascript', 'application/json', 'image/svg+xml', 'application/xml', 'text/xml', 'application/rss+xml', 'text/csv', 'application/schema+json'];

/** Extensions a server may not know: IIS refuses to serve an unknown one (404.3). */
const MIME_TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The nginx blocks for the site at `base`, with `www` the folder that holds `<base>/`. `^~` keeps a
 * server's own regex rules (say, for *.css) from taking the site's files; relative redirects stay
 * right behind a proxy or TLS terminator; csv and bib get their types, which Debian's list lacks.
 */
export function nginxLocation(base: string, www: string, has404 = false): string {
  const slashless = base === '/' ? '' : `location = ${base.replace(/\/$/, '')} {
    absolute_redirect off;
    return 301 ${base};
}
`;
  return `${slashless}location ^~ ${base} {
    root ${www};
    index index.html;
    try_files $uri $uri/ =404;${has404 ? `
    error_page 404 ${base}404.html;` : ''}
    absolute_redirect off;
    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_types ${GZIP_TYPES.join(' ')};
    add_header Cache-Control "no-cache";
    add_header X-Content-Type-Options nosniff;
    # Nama berkas ini memuat hash isinya: aman disimpan setahun.
    location ~ "${IMMUTABLE}" {
        add_header Cache-Control "public, max-age=31536000, immutable";
        add_header X-Content-Type-Options nosniff;
    }
    location ~ \\.csv$ {
        types { }
        default_type "text/csv; charset=utf-8";
    }
    location ~ \\.bib$ {
        types { }
        default_type "application/x-bibtex; charset=utf-8";
    }
}`;
}

/** Apache: .htaccess placed in the site folder itself (needs AllowOverride FileInfo Indexes). */
export function htaccess(base: string, has404 = false): string {
  return `# Pustaka Model Inovasi, dipasang di ${base}
DirectoryIndex index.html
${has404 ? `ErrorDocument 404 ${base}404.html\n` : ''}${Object.entries(MIME_TYPES).map(([ext, type]) => `AddType ${type.split(';')[0]} ${ext}`).join('\n')}
<IfModule mod_deflate.c>
  AddOutputFilterByType DEFLATE text/html ${GZIP_TYPES.join(' ')}
</IfModule>
<IfModule mod_headers.c>
  Header set Cache-Control "no-cache"
  Header set X-Content-Type-Options nosniff
  <If "%{REQUEST_URI} =~ m#${IMMUTABLE}#">
    Header set Cache-Control "public, max-age=31536000, immutable"
  </If>
</IfModule>
`;
}

/** IIS: web.config placed in the site folder; registers Pagefind's file types and the caching rule (hashed _astro/ for a year, the rest revalidated). */
export function webConfig(base: string, has404 = false): string {
  const maps = Object.entries(MIME_TYPES)
    .map(([ext, type]) => `      <remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}" mimeType="${type.split(';')[0]}" />`)
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Pustaka Model Inovasi, dipasang di ${base}. Tanpa peta MIME ini IIS menolak berkas indeks pencarian (404.3). -->
<configuration>
  <system.webServer>
    <defaultDocument enabled="true">
      <files>
        <clear />
        <add value="index.html" />
      </files>
    </defaultDocument>
    <staticContent>
      <clientCache cacheControlMode="DisableCache" />
${maps}
    </staticContent>
${
  has404
    ? `    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" />
      <error statusCode="404" path="${base}404.html" responseMode="ExecuteURL" />
    </httpErrors>
`
    : ''
}    <urlCompression doStaticCompression="true" />
  </system.webServer>
  <location path="_astro">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="immutable" />
      </staticContent>
    </system.webServer>
  </location>
</configuration>
`;
}

export interface HostingInfo {
  base: string;
  has404?: boolean;
  /** Top folder of the archive, e.g. pustaka-model-inovasi-0.1.0. */
  folder: string;
  archive: string;
}

/** HOSTING.txt: Indonesian first, then English. */
export function hostingText({ base, folder, archive, has404 = false }: HostingInfo): string {
  const site = `www${base}`.replace(/\/$/, '');
  const nginx = nginxLocation(base, `/srv/${folder}/www`, has404).replace(/^/gm, '    ');
  const otherBase = base === '/model-inovasi/' ? '/pustaka/' : '/model-inovasi/';
  return `PUSTAKA MODEL INOVASI PELAYANAN PUBLIK: CARA MEMASANG
=====================================================
(English below.)

Isi arsip ${archive}
  ${folder}/
    HOSTING.txt      berkas ini
    serve.mjs        server kecil tanpa dependensi untuk laptop (Node.js 18.3 atau lebih baru)
    pustaka.json     keterangan build: base path, versi, tanggal
    ${site}/   situs statis (HTML, CSS, JS, indeks pencarian, data terbuka)

Situs ini dibangun untuk alamat di bawah ${base}. Semua tautan, aset dan indeks pencarian memakai
awalan itu, jadi letakkan isi folder ${site}/ tepat di <akar web>${base}.
Untuk sub-path lain (mis. ${otherBase}) bangun ulang dari kode sumber:
    BASE_PATH=${otherBase} SITE_URL=https://alamat.anda npm run package
Situs tidak memuat apa pun dari internet: tanpa CDN, font web, atau analitik. Pencarian
memerlukan server web (http:// atau https://); membuka index.html langsung dari disk (file://)
tidak cukup, karena peramban memblokir modul dan WebAssembly dari file://.

1. nginx
   Ekstrak arsip ke /srv, lalu tambahkan di dalam blok server { }:

${nginx}

   Periksa dan muat ulang: sudo nginx -t && sudo systemctl reload nginx
   Buka http://<server>${base}

2. Apache (httpd)
   Salin isi ${site}/ ke <DocumentRoot>${base}. Berkas .htaccess di dalamnya sudah mengatur
   halaman indeks, tipe berkas pencarian (.pagefind, .pf_*) dan kompresi; ia
   memerlukan "AllowOverride FileInfo Indexes" untuk folder itu (atau salin isinya ke konfigurasi
   <Directory>). Aktifkan kompresi bila belum: sudo a2enmod deflate && sudo systemctl reload apache2

3. IIS (Windows Server)
   Ekstrak arsip (Windows 10/Server 2019 ke atas: tar -xzf ${archive}), salin isi ${site}\\
   ke C:\\inetpub\\wwwroot${base.replace(/\//g, '\\')} (atau jadikan Virtual Directory bernama
   "${base.replace(/^\/|\/$/g, '')}"). Berkas web.config di dalamnya mendaftarkan tipe berkas pencarian; tanpa itu
   IIS menjawab 404.3 dan pencarian tidak berfungsi. Fitur "Static Content" harus terpasang.

4. python3 -m http.server (uji cepat, bukan untuk produksi)
       cd ${folder}/www
       python3 -m http.server 8080 --bind 127.0.0.1
   Buka http://127.0.0.1:8080${base}

5. Laptop dengan Node.js saja (lokakarya, tanpa internet)
       cd ${folder}
       node serve.mjs
   Buka alamat yang tercetak (http://127.0.0.1:8080${base}). Pilihan:
       node serve.mjs --port 3000         port lain
       node serve.mjs --host 0.0.0.0      dapat dibuka peserta lain di jaringan yang sama

Keamanan: setiap halaman membawa Content-Security-Policy sendiri (tag meta). Bila server Anda
menambahkan header CSP, header itu harus mengizinkan 'self' dan 'wasm-unsafe-eval' untuk skrip,
atau pencarian akan terblokir.


PUBLIC SERVICE INNOVATION MODEL LIBRARY: HOW TO HOST IT
=======================================================

Contents of ${archive}
  ${folder}/
    HOSTING.txt      this file
    serve.mjs        a tiny dependency-free server for a laptop (Node.js 18.3 or newer)
    pustaka.json     build facts: base path, version, date
    ${site}/   the static site (HTML, CSS, JS, search index, open data)

This site was built to live under ${base}. Every link, asset and the search index use that
prefix, so put the contents of ${site}/ exactly at <web root>${base}.
For another sub-path (e.g. ${otherBase}) rebuild from the source:
    BASE_PATH=${otherBase} SITE_URL=https://your.host npm run package
The site loads nothing from the internet: no CDN, web font or analytics. Search needs a web
server (http:// or https://); opening index.html from disk (file://) is not enough, because
browsers block modules and WebAssembly on file://.

1. nginx
   Extract the archive into /srv and add, inside your server { } block, the location block
   shown above in section 1. Check and reload: sudo nginx -t && sudo systemctl reload nginx.
   Open http://<server>${base}

2. Apache (httpd)
   Copy the contents of ${site}/ to <DocumentRoot>${base}. Its .htaccess sets the index page,
   the search file types (.pagefind, .pf_*) and compression; it needs
   "AllowOverride FileInfo Indexes" for that folder (or copy its lines into a <Directory> block).
   Enable compression if needed: sudo a2enmod deflate && sudo systemctl reload apache2

3. IIS (Windows Server)
   Extract the archive (Windows 10/Server 2019 and later: tar -xzf ${archive}) and copy the
   contents of ${site}\\ to C:\\inetpub\\wwwroot${base.replace(/\//g, '\\')} (or make it a Virtual Directory named
   "${base.replace(/^\/|\/$/g, '')}"). Its web.config registers the search file types; without it IIS answers 404.3
   and search fails. The "Static Content" feature must be installed.

4. python3 -m http.server (a quick check, not for production)
       cd ${folder}/www
       python3 -m http.server 8080 --bind 127.0.0.1
   Open http://127.0.0.1:8080${base}

5. A laptop with only Node.js (a workshop, no internet)
       cd ${folder}
       node serve.mjs
   Open the printed address (http://127.0.0.1:8080${base}). Options:
       node serve.mjs --port 3000         another port
       node serve.mjs --host 0.0.0.0      reachable by others on the same network

Security: every page carries its own Content-Security-Policy (a meta tag). If your server adds a
CSP header, it must allow 'self' and 'wasm-unsafe-eval' for scripts, or search will be blocked.
`;
}
