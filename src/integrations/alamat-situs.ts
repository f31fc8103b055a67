/**
 * A build without SITE_URL writes a placeholder host into canonical links, hreflang, the sitemap,
 * the RSS feed and the open data: fine for a preview, wrong for a published site, and nothing on
 * the pages themselves shows it. The build log says so, with the command that fixes it.
 */
import type { AstroIntegration } from 'astro';

/** The host used when SITE_URL is not set; `.example` is reserved, so it can never resolve. */
export const SITUS_CONTOH = 'https://pustaka-inovasi.example';

/**
 * SITE_URL as Astro's `site`: an http(s) origin only, since the sub-path is BASE_PATH's job (both
 * would put it in every URL twice). Empty means unset.
 */
export function situsDari(siteUrl: string | undefined): string {
  if (!siteUrl) return SITUS_CONTOH;
  let url: URL | undefined;
  try {
    url = new URL(siteUrl);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new Error(`SITE_URL="${siteUrl}" bukan alamat situs yang sah: tulis skema dan host, mis. SITE_URL=https://jippnas.menpan.go.id`);
  }
  if (url.pathname !== '/') {
    throw new Error(`SITE_URL="${siteUrl}" memuat path "${url.pathname}": SITE_URL hanya skema dan host (${url.origin}); sub-path diatur dengan BASE_PATH=${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`);
  }
  return url.origin;
}

/**
 * Why a base path (normalised: slashes at both ends) cannot be built or packaged, or undefined.
 * It becomes every URL's prefix, a folder in the archive, a location in nginx and a pattern in
 * .htaccess, so only URL-safe folder names are taken. Git Bash on Windows rewrites
 * "/model-inovasi/" into "C:/Program Files/Git/model-inovasi/" before Node sees it, which is said
 * in so many words.
 */
export function masalahBase(base: string): string | undefined {
  if (/^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/.test(base)) return undefined;
  const gitBash = /^\/?[A-Za-z]:[\\/]/.test(base)
    ? ' Git Bash di Windows mengubah /model-inovasi/ menjadi jalan folder Windows: tulis tanpa garis miring di depan (BASE_PATH=model-inovasi/ atau --base model-inovasi/) atau jalankan dengan MSYS_NO_PATHCONV=1.'
    : '';
  return `Base path "${base}" tidak dapat dipakai: tulis nama folder di alamat situs dengan huruf, angka, "-", "_", "." atau "~", dipisah "/", mis. /model-inovasi/ atau /layanan/pustaka/.${gitBash}`;
}

/** A base path with a slash at both ends: "model-inovasi" → "/model-inovasi/". */
export function normaliseBase(base: string): string {
  const b = base.startsWith('/') ? base : `/${base}`;
  return b.endsWith('/') ? b : `${b}/`;
}

/** BASE_PATH as Astro's `base` ("/" when unset), or an error saying why it cannot be one. */
export function basisDari(basePath: string | undefined): string {
  if (!basePath) return '/';
  const masalah = masalahBase(normaliseBase(basePath));
  if (masalah) throw new Error(`BASE_PATH: ${masalah}`);
  return basePath;
}

export function alamatSitus(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'pustaka:alamat-situs',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl) return;
        logger.warn(
          `SITE_URL tidak diisi: tautan kanonis, hreflang, peta situs, umpan RSS dan data terbuka memakai ${SITUS_CONTOH}. ` +
            'Untuk situs yang diterbitkan: SITE_URL=https://alamat.anda npm run build (lihat README, Hosting).',
        );
      },
    },
  };
}
