/**
 * Server settings for hosting the built site under a sub-path, in one place: HOSTING.txt shows
 * them to publishers, the archive ships .htaccess and web.config made from them, and
 * e2e/nginx.test.ts runs nginx with exactly the location block printed here.
 */
import { SITUS_CONTOH } from '../../src/integrations/alamat-situs.ts';
import { EDISI } from '../../src/data/edisi.ts';
import { kebijakanKeamanan } from '../../src/lib/inline-script.ts';
import { IMMUTABLE, SERVER_FILES } from './serve.mjs';

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
 * The Content-Security-Policy header for a build at `base`: the very policy its pages carry in
 * their <meta> (src/lib/inline-script.ts), so a header never blocks what the meta allows. Both
 * apply when both are sent, and any other header policy lacks the inline script's hash, which
 * changes with the base path.
 */
export function cspHeader(base: string): string {
  return kebijakanKeamanan(base);
}

/** The policy in a built page's <meta>, to check a build against cspHeader before shipping it. */
export function metaCsp(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
}

/** Whether absolute URLs in the build (canonical, sitemap, feed, data, PDFs) name a real host rather than the placeholder of a build without SITE_URL. */
export function alamatPublik(origin: string | undefined): origin is string {
  return origin !== undefined && origin !== SITUS_CONTOH;
}

/**
 * Why `npm run package` must stop, or undefined. A package goes to a server, so a build with the
 * placeholder host would ship dead canonical links, sitemap, feed, open data and PDF links; only
 * an explicit --tanpa-alamat-publik (a workshop laptop, a reviewer's preview) accepts that.
 */
export function masalahAlamat(origin: string | undefined, tanpaAlamatPublik: boolean): string | undefined {
  if (alamatPublik(origin)) {
    return tanpaAlamatPublik ? `--tanpa-alamat-publik diberikan, tetapi situsnya beralamat ${origin}: hapus salah satunya.` : undefined;
  }
  if (tanpaAlamatPublik) return undefined;
  return [
    `Situs ini belum beralamat: tanpa SITE_URL, tautan kanonis, peta situs, umpan RSS, data terbuka dan tautan di PDF buku menunjuk ke ${SITUS_CONTOH}, alamat yang tidak pernah ada.`,
    '  Untuk server yang diterbitkan: SITE_URL=https://alamat.anda npm run package (dengan --dist: bangun ulang build itu dengan SITE_URL).',
    '  Hanya untuk dibaca luring atau dipratinjau: npm run package -- --tanpa-alamat-publik',
  ].join('\n');
}

/**
 * Paths (relative to the site folder) that hold only files whose names carry a hash of their
 * content: each folder whose every file matches IMMUTABLE, else the file itself. IIS sets caching
 * per folder or file (no patterns without the URL Rewrite module), so web.config names them.
 */
export function immutablePaths(files: readonly string[]): string[] {
  const immutable = (f: string) => new RegExp(IMMUTABLE).test(`/${f}`);
  const ancestors = (f: string) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  const mixed = new Set(files.filter((f) => !immutable(f)).flatMap(ancestors));
  const paths = files.filter(immutable).map((f) => ancestors(f).find((d) => !mixed.has(d)) ?? f);
  return [...new Set(paths)];
}

/**
 * The site's folders (relative, no slashes at either end) that hold no index.html: Apache with
 * Debian's `Options Indexes` lists their files ("Index of /model-inovasi/_astro") instead of
 * answering 404 as the nginx block does. Every ancestor of a file counts, the site's root aside.
 */
export function foldersWithoutIndex(files: readonly string[]): string[] {
  const set = new Set(files);
  const folders = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  return [...folders].filter((d) => !set.has(`${d}/index.html`)).sort();
}

const regexLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The nginx blocks for the site at `base`, with `www` the folder that holds `<base>/`. `^~` keeps a
 * server's own regex rules (say, for *.css) from taking the site's files; relative redirects stay
 * right behind a proxy or TLS terminator; csv and bib get their types, which Debian's list lacks,
 * with the charset added by `charset` so the bare type still matches gzip_types. A folder without
 * index.html answers the site's 404 page rather than nginx's 403, which names its version. The
 * studio (`studio`: the build has one) keeps its own CSP, so it does not get the site's header.
 */
export function nginxLocation(base: string, www: string, has404 = false, studio = false): string {
  const slashless = base === '/' ? '' : `location = ${base.replace(/\/$/, '')} {
    absolute_redirect off;
    return 301 ${base};
}
`;
  return `${slashless}location ^~ ${base} {
    root ${www};
    index index.html;
    autoindex off;
    try_files $uri $uri/ =404;${has404 ? `
    error_page 403 404 =404 ${base}404.html;` : ''}
    absolute_redirect off;
    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_types ${GZIP_TYPES.join(' ')};
    # add_header di sini menggantikan add_header blok server (HSTS dsb.): lihat HOSTING.txt.
    add_header Cache-Control "no-cache";
    add_header X-Content-Type-Options nosniff;
    add_header Content-Security-Policy "${cspHeader(base)}";
    # Pengaturan server Apache dan IIS di folder situs, bukan bagian situs.
    location ~ "/(${SERVER_FILES.map(regexLiteral).join('|')})$" {
        return 404;
    }
    # Nama berkas ini memuat hash isinya: aman disimpan setahun.
    location ~ "${IMMUTABLE}" {
        add_header Cache-Control "public, max-age=31536000, immutable";
        add_header X-Content-Type-Options nosniff;
    }
    location ~ \\.csv$ {
        types { text/csv csv; }
        charset utf-8;
        charset_types text/csv;
    }
    location ~ \\.bib$ {
        types { application/x-bibtex bib; }
        charset utf-8;
        charset_types application/x-bibtex;
    }${
      studio
        ? `
    # Studio penulis membawa CSP-nya sendiri.
    location ^~ ${base}studio/ {
        add_header Cache-Control "no-cache";
        add_header X-Content-Type-Options nosniff;
    }`
        : ''
    }
}`;
}

/**
 * Apache: .htaccess placed in the site folder itself (needs AllowOverride FileInfo Indexes).
 * Folders without index.html (`withoutIndex`, foldersWithoutIndex of the build) answer 404 by
 * RedirectMatch with a status and no URL, which AllowOverride FileInfo allows on any Apache 2.x
 * (`Options -Indexes` would need AllowOverride Options, and answer 500 without it). mod_alias is
 * wrapped in <IfModule>: without it the cost is only a listing of public files. The headers are
 * not wrapped in <IfModule mod_headers.c>: Debian does not enable mod_headers, and a wrapped block
 * is skipped without a word, leaving pages to heuristic caching (stale after an
 * update) and without the CSP header. Unwrapped, Apache answers 500 and logs "Invalid command
 * 'Header'", which HOSTING.txt explains. The server's own CSP is unset, not added to: both would apply.
 */
export function htaccess(base: string, has404 = false, studio = false, withoutIndex: readonly string[] = []): string {
  const hidden = withoutIndex.length
    ? `  # Folder tanpa index.html: 404, bukan daftar berkasnya (Options Indexes bawaan Debian).
  RedirectMatch 404 "^${regexLiteral(base)}(?:${withoutIndex.map(regexLiteral).join('|')})/?$"
`
    : '';
  return `# Pustaka Model Inovasi, dipasang di ${base}
# Memerlukan mod_headers (Debian/Ubuntu: sudo a2enmod headers). Lihat HOSTING.txt.
DirectoryIndex index.html
${has404 ? `ErrorDocument 404 ${base}404.html\n` : ''}<IfModule mod_alias.c>
${hidden}  # Pengaturan IIS, bukan bagian situs.
  RedirectMatch 404 "/web\\.config$"
</IfModule>
${Object.entries(MIME_TYPES).map(([ext, type]) => `AddType ${type.split(';')[0]} ${ext}`).join('\n')}
<IfModule mod_deflate.c>
  AddOutputFilterByType DEFLATE text/html ${GZIP_TYPES.join(' ')}
</IfModule>
Header set Cache-Control "no-cache"
Header set X-Content-Type-Options nosniff
Header unset Content-Security-Policy
Header always set Content-Security-Policy "${cspHeader(base)}"
<If "%{REQUEST_URI} =~ m#${IMMUTABLE}#">
  Header set Cache-Control "public, max-age=31536000, immutable"
</If>
${
  studio
    ? `# Studio penulis membawa CSP-nya sendiri.
<If "%{REQUEST_URI} =~ m#^${base}studio/#">
  Header always unset Content-Security-Policy
</If>
`
    : ''
}`;
}

/**
 * IIS: web.config placed in the site folder; registers Pagefind's file types, the site's CSP
 * header (replacing a server-wide one) and the caching rule: `immutable` (immutablePaths of the
 * build) kept a year, the rest revalidated.
 */
export function webConfig(base: string, immutable: readonly string[], has404 = false, studio = false): string {
  const maps = Object.entries(MIME_TYPES)
    .map(([ext, type]) => `      <remove fileExtension="${ext}" />\n      <mimeMap fileExtension="${ext}" mimeType="${type.split(';')[0]}" />`)
    .join('\n');
  const location = (path: string, body: string) => `  <location path="${path}">
    <system.webServer>
${body}
    </system.webServer>
  </location>
`;
  const forAYear = `      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="immutable" />
      </staticContent>`;
  const studioOwnCsp = `      <httpProtocol>
        <customHeaders>
          <remove name="Content-Security-Policy" />
        </customHeaders>
      </httpProtocol>`;
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
    <httpProtocol>
      <customHeaders>
        <remove name="Content-Security-Policy" />
        <add name="Content-Security-Policy" value="${cspHeader(base)}" />
      </customHeaders>
    </httpProtocol>
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
${immutable.map((p) => location(p, forAYear)).join('')}${studio ? location('studio', studioOwnCsp) : ''}</configuration>
`;
}

/** busybox httpd knows few types: without these it sends data, feeds and PDFs with none. */
function busyboxTypes(): string[] {
  return Object.entries({ ...MIME_TYPES, '.pdf': 'application/pdf' }).map(([ext, type]) => `${ext}:${type}`);
}

export interface HostingInfo {
  base: string;
  has404?: boolean;
  /** The build carries the authoring studio (REPO_URL), which keeps its own CSP. */
  studio?: boolean;
  /** Origin of the build's absolute URLs (Site.origin). */
  origin: string | undefined;
  /** Top folder of the archive, e.g. pustaka-model-inovasi-0.1.0. */
  folder: string;
  archive: string;
  /** What the build publishes (its data/entri.json), to tell one year's package from another's. */
  edisi?: EdisiBuild | undefined;
}

/** The edition facts a build's open data states: its edition, how many entries, the newest entry's date. */
export interface EdisiBuild {
  edisi: string;
  entri: number;
  diperbarui: string;
}

/** EdisiBuild from data/entri.json's text, or undefined when the build has none or it lacks them. */
export function edisiBuild(entriJson: string | undefined): EdisiBuild | undefined {
  if (entriJson === undefined) return undefined;
  const d = JSON.parse(entriJson) as { edisi?: unknown; jumlah?: unknown; diperbarui?: unknown };
  if (typeof d.edisi !== 'string' || typeof d.jumlah !== 'number' || typeof d.diperbarui !== 'string') return undefined;
  return { edisi: d.edisi, entri: d.jumlah, diperbarui: d.diperbarui };
}

/** One line naming the edition, in Indonesian or English. */
export function barisEdisi(e: EdisiBuild, bahasa: 'id' | 'en' = 'id'): string {
  const nama = EDISI.find((x) => x.slug === e.edisi);
  return bahasa === 'id'
    ? `${nama?.id ?? `Edisi ${e.edisi}`}: ${e.entri} entri, entri terbaru diperbarui ${e.diperbarui}`
    : `${nama?.en ?? `Edition ${e.edisi}`}: ${e.entri} entries, newest entry updated ${e.diperbarui}`;
}

/** HOSTING.txt: Indonesian first, then English. */
export function hostingText({ base, folder, archive, origin, has404 = false, studio = false, edisi }: HostingInfo): string {
  const site = `www${base}`.replace(/\/$/, '');
  const nginx = nginxLocation(base, `/srv/${folder}/www`, has404, studio).replace(/^/gm, '    ');
  const csp = cspHeader(base);
  const otherBase = base === '/model-inovasi/' ? '/pustaka/' : '/model-inovasi/';
  const iisDir = `C:\\inetpub\\wwwroot${base.replace(/\//g, '\\')}`;
  const apacheDir = `/var/www/html${base}`;
  const busybox = busyboxTypes().map((l) => `       ${l}`).join('\n');
  const publik = alamatPublik(origin);
  return `PUSTAKA MODEL INOVASI PELAYANAN PUBLIK: CARA MEMASANG
=====================================================
(English below.)

${edisi ? `${barisEdisi(edisi)}.

` : ''}Isi arsip ${archive}
  ${folder}/
    HOSTING.txt      berkas ini
    serve.mjs        server kecil tanpa dependensi untuk laptop (Node.js 18.3 atau lebih baru)
    pustaka.json     keterangan build: versi, edisi, jumlah entri, base path, alamat, tanggal
    ${site}/   situs statis (HTML, CSS, JS, indeks pencarian, data terbuka)

Situs ini dibangun untuk alamat di bawah ${base}. Semua tautan, aset dan indeks pencarian memakai
awalan itu, jadi letakkan isi folder ${site}/ tepat di <akar web>${base}.
${
  publik
    ? `Tautan kanonis, peta situs, umpan RSS, data terbuka dan tautan di PDF buku menunjuk ke
${origin}${base}.`
    : `Paket ini dibuat tanpa alamat publik (--tanpa-alamat-publik): tautan kanonis, peta situs, umpan
RSS, data terbuka dan tautan di PDF buku menunjuk ke alamat yang tidak ada (${SITUS_CONTOH}).
Situs tetap dapat dibaca dan dicari; untuk situs yang diterbitkan, bangun ulang dengan SITE_URL.`
}
Untuk sub-path atau alamat lain (mis. ${otherBase}) bangun ulang dari kode sumber:
    BASE_PATH=${otherBase} SITE_URL=https://alamat.anda npm run package
Situs tidak memuat apa pun dari internet: tanpa CDN, font web, atau analitik.

Situs memerlukan server web (http:// atau https://); ia tidak dapat dibuka dari folder atau
flashdisk (file://). Setiap tautan dan aset memakai alamat yang diawali ${base}; dari file://
alamat itu menunjuk ke akar disk, sehingga halaman tampil tanpa gaya dan tautannya gagal. Untuk
membaca tanpa internet di laptop, pakai node serve.mjs (bagian 5; laptop itu memerlukan Node.js).

1. nginx
   Ekstrak arsip ke /srv, lalu tambahkan di dalam blok server { }:

${nginx}

   Periksa dan muat ulang: sudo nginx -t && sudo systemctl reload nginx
   Buka http://<server>${base}
   Header keamanan: nginx mewarisi add_header dari blok server hanya ke blok yang tidak punya
   add_header sendiri. Blok di atas punya, jadi header keamanan server Anda (mis.
   Strict-Transport-Security, X-Frame-Options) TIDAK terkirim untuk ${base}. Ulangi baris
   add_header itu di dalam location ^~ ${base} dan di setiap location bersarang yang punya add_header
   (paling mudah: simpan di satu berkas, lalu tulis include /etc/nginx/snippets/<berkas>.conf; di
   blok server dan di setiap blok itu).

2. Apache (httpd)
   Salin isi ${site}/ ke <DocumentRoot>${base}, termasuk berkas tersembunyi .htaccess
   ("cp -r ${site}/* ..." melewatkannya):
       sudo mkdir -p ${apacheDir}
       sudo cp -a ${folder}/${site}/. ${apacheDir}
   .htaccess mengatur halaman indeks, halaman 404 (juga untuk folder tanpa index.html, yang
   tanpa itu tampil sebagai daftar berkas), tipe berkas pencarian (.pagefind, .pf_*), kompresi,
   cache dan header CSP. Ia memerlukan "AllowOverride FileInfo Indexes" untuk folder itu
   (atau salin isinya ke konfigurasi <Directory>) dan mod_headers, yang tidak aktif di Debian/Ubuntu:
       sudo a2enmod headers deflate && sudo systemctl restart apache2
   Tanpa mod_headers Apache menjawab 500 untuk seluruh situs dan error.log menulis
   "Invalid command 'Header'".

3. IIS (Windows Server)
   Ekstrak arsip (Windows 10/Server 2019 ke atas: tar -xzf ${archive}), salin isi ${site.replace(/\//g, '\\')}\\
   ke ${iisDir} (atau jadikan Virtual Directory bernama
   "${base.replace(/^\/|\/$/g, '')}"). Berkas web.config di dalamnya mendaftarkan tipe berkas pencarian (tanpa itu
   IIS menjawab 404.3 dan pencarian tidak berfungsi), aturan cache dan header CSP. Fitur "Static
   Content" harus terpasang.

4. python3 -m http.server (uji cepat, bukan untuk produksi)
       cd ${folder}/www
       python3 -m http.server 8080 --bind 127.0.0.1
   Buka http://127.0.0.1:8080${base}

5. Laptop dengan Node.js saja (lokakarya, tanpa internet)
       cd ${folder}
       node serve.mjs
   Buka alamat yang tercetak (http://127.0.0.1:8080${base}). Pilihan:
       node serve.mjs --port 3000         port lain
       node serve.mjs --host 0.0.0.0      dapat dibuka peserta lain di jaringan yang sama; alamat
                                          untuk mereka tercetak (http://<IP laptop>:8080${base})

6. Server statis lain (mis. busybox httpd)
   Server itu harus menyajikan index.html untuk alamat folder. busybox httpd tidak mengenal tipe
   data, umpan, PDF dan indeks pencarian; tambahkan ke httpd.conf-nya, beserta halaman 404 situs
   (jalur relatif terhadap folder -h):
${busybox}
       E404:${site.replace(/^www\//, '')}/404.html

Keamanan: setiap halaman membawa Content-Security-Policy sendiri (tag meta), dan blok nginx,
.htaccess serta web.config di atas juga mengirimnya sebagai header, persis:
    Content-Security-Policy: ${csp}
Nilai ini khusus untuk build ini (hash skrip sebaris bergantung pada base path). Bila server Anda
mengirim header CSP sendiri, pastikan untuk ${base} hanya header di atas yang terkirim: peramban
menerapkan setiap kebijakan, dan kebijakan lain tanpa hash itu, img-src data: dan worker-src blob:
mematikan tema, Temukan dan hasil pencarian.${
    studio
      ? `
Studio penulis (${base}studio/) membawa CSP-nya sendiri; konfigurasi di atas tidak mengirim header
ini di sana.`
      : ''
  }
${
  publik
    ? `
Mesin pencari: robots.txt hanya dibaca di akar host (${origin}/robots.txt), dan build ini tidak
membuatnya. Tambahkan baris ini ke robots.txt di sana (buat bila belum ada):
    Sitemap: ${origin}${base}sitemap-index.xml
`
    : ''
}
Memperbarui: jangan mengekstrak atau menyalin versi baru di atas versi lama; berkas yang sudah tidak
ada di versi baru (halaman entri yang dihapus, _astro/ dan indeks pencarian lama) tetap tersaji.
Hapus folder situs lama dulu, lalu pasang versi baru seperti di atas:
    nginx:   sudo rm -rf /srv/<folder versi lama>, ekstrak arsip baru, lalu ganti blok nginx
             dengan blok dari HOSTING.txt barunya dan muat ulang nginx: nama folder memuat
             versi, dan header CSP memuat hash skrip versi itu (blok lama mematikan tema,
             Temukan dan hasil pencarian versi baru)
    Apache:  sudo rm -rf ${apacheDir}, lalu langkah 2
    IIS:     robocopy ${folder}\\${site.replace(/\//g, '\\')} ${iisDir.replace(/\\$/, '')} /MIR
             (menyalin sekaligus menghapus berkas yang tidak ada lagi)


PUBLIC SERVICE INNOVATION MODEL LIBRARY: HOW TO HOST IT
=======================================================

${edisi ? `${barisEdisi(edisi, 'en')}.

` : ''}Contents of ${archive}
  ${folder}/
    HOSTING.txt      this file
    serve.mjs        a tiny dependency-free server for a laptop (Node.js 18.3 or newer)
    pustaka.json     build facts: version, edition, entry count, base path, address, date
    ${site}/   the static site (HTML, CSS, JS, search index, open data)

This site was built to live under ${base}. Every link, asset and the search index use that
prefix, so put the contents of ${site}/ exactly at <web root>${base}.
${
  publik
    ? `Canonical links, the sitemap, the RSS feed, the open data and the links in the PDF books point to
${origin}${base}.`
    : `This package was made without a public address (--tanpa-alamat-publik): canonical links, the
sitemap, the RSS feed, the open data and the links in the PDF books point to a host that does not
exist (${SITUS_CONTOH}). The site still reads and searches; for a published site, rebuild with SITE_URL.`
}
For another sub-path or address (e.g. ${otherBase}) rebuild from the source:
    BASE_PATH=${otherBase} SITE_URL=https://your.host npm run package
The site loads nothing from the internet: no CDN, web font or analytics.

The site needs a web server (http:// or https://); it cannot be opened from a folder or a USB
stick (file://). Every link and asset uses an address starting with ${base}; on file:// that
points to the root of the disk, so pages show unstyled and their links fail. To read it offline
on a laptop, use node serve.mjs (section 5; that laptop needs Node.js).

1. nginx
   Extract the archive into /srv and add, inside your server { } block, the location block
   shown above in section 1. Check and reload: sudo nginx -t && sudo systemctl reload nginx.
   Open http://<server>${base}
   Security headers: nginx passes a server block's add_header only to blocks without add_header
   of their own. This block has some, so your server's security headers (e.g.
   Strict-Transport-Security, X-Frame-Options) are NOT sent for ${base}. Repeat those add_header
   lines inside location ^~ ${base} and inside every nested location that has add_header
   (easiest: keep them in one file and write include /etc/nginx/snippets/<file>.conf; in the
   server block and in each of those).

2. Apache (httpd)
   Copy the contents of ${site}/ to <DocumentRoot>${base}, including the hidden .htaccess
   ("cp -r ${site}/* ..." leaves it out):
       sudo mkdir -p ${apacheDir}
       sudo cp -a ${folder}/${site}/. ${apacheDir}
   .htaccess sets the index page, the 404 page (also for folders without index.html, which would
   otherwise show as a file listing), the search file types (.pagefind, .pf_*), compression,
   caching and the CSP header. It needs "AllowOverride FileInfo Indexes" for that
   folder (or copy its lines into a <Directory> block) and mod_headers, which Debian/Ubuntu leave off:
       sudo a2enmod headers deflate && sudo systemctl restart apache2
   Without mod_headers Apache answers 500 for the whole site and error.log says
   "Invalid command 'Header'".

3. IIS (Windows Server)
   Extract the archive (Windows 10/Server 2019 and later: tar -xzf ${archive}) and copy the
   contents of ${site.replace(/\//g, '\\')}\\ to ${iisDir} (or make it a Virtual Directory named
   "${base.replace(/^\/|\/$/g, '')}"). Its web.config registers the search file types (without them IIS answers
   404.3 and search fails), the caching rule and the CSP header. The "Static Content" feature
   must be installed.

4. python3 -m http.server (a quick check, not for production)
       cd ${folder}/www
       python3 -m http.server 8080 --bind 127.0.0.1
   Open http://127.0.0.1:8080${base}

5. A laptop with only Node.js (a workshop, no internet)
       cd ${folder}
       node serve.mjs
   Open the printed address (http://127.0.0.1:8080${base}). Options:
       node serve.mjs --port 3000         another port
       node serve.mjs --host 0.0.0.0      reachable by others on the same network; their
                                          address is printed (http://<laptop IP>:8080${base})

6. Other static servers (e.g. busybox httpd)
   The server must serve index.html for a folder address. busybox httpd does not know the types of
   the data, feeds, PDFs and search index; add these lines to its httpd.conf, with the site's
   404 page (path relative to the -h folder): see the list in section 6 above.

Security: every page carries its own Content-Security-Policy (a meta tag), and the nginx block,
.htaccess and web.config above also send it as a header, exactly:
    Content-Security-Policy: ${csp}
This value belongs to this build (the inline script's hash depends on the base path). If your
server sends a CSP header of its own, make sure only the header above is sent for ${base}:
browsers apply every policy, and another one without that hash, img-src data: and worker-src
blob: breaks the theme, the fit-finder and the search results.${
    studio
      ? `
The authoring studio (${base}studio/) carries its own CSP; the settings above do not send this
header there.`
      : ''
  }
${
  publik
    ? `
Search engines: robots.txt is only read at the root of the host (${origin}/robots.txt), and this
build does not make one. Add this line to the robots.txt there (create it if there is none):
    Sitemap: ${origin}${base}sitemap-index.xml
`
    : ''
}
Updating: do not extract or copy a new version over the old one; files the new version no longer
has (removed entries' pages, old _astro/ and search index files) stay online. Remove the old site
folder first, then install the new version as above:
    nginx:   sudo rm -rf /srv/<old version's folder>, extract the new archive, then replace the
             nginx block with the one in its HOSTING.txt and reload nginx: the folder name
             carries the version, and the CSP header the hash of that version's script (the
             old block breaks the new version's theme, fit-finder and search results)
    Apache:  sudo rm -rf ${apacheDir}, then step 2
    IIS:     robocopy ${folder}\\${site.replace(/\//g, '\\')} ${iisDir.replace(/\\$/, '')} /MIR
             (copies and deletes what is no longer there in one go)
`;
}
