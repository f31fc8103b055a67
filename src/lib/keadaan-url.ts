/**
 * The one query-string codec of the site: URLSearchParams ↔ a page's typed state. The catalogue,
 * search, fit-finder and comparison pages each declare their parameters once, as a schema
 * (URL_KATALOG in katalog.ts, URL_CARI in cari.ts, URL_TEMUKAN in temukan.ts, URL_BANDINGKAN in
 * bandingkan.ts); their islands read the address and their forms through `bacaUrl`, and every link
 * to them, in the browser or at build time, is written by `tulisUrl`.
 *
 * Reading is forgiving, so every link ever written still opens the same state:
 * - a list is read comma-joined (`?tema=a,b`, what the site writes) or repeated (`?tema=a&tema=b`,
 *   what a plain GET form sends), trimmed, each value once;
 * - a value outside its closed list, a malformed or out-of-range number, and a key the schema does
 *   not name are dropped; with `dikenal` (the values the page offers, e.g. its checkboxes) any other
 *   vocabulary value (`satu`, `daftar`, `kelompok`) is dropped too, so a stale link cannot select an
 *   invisible filter;
 * - free text has its whitespace collapsed, is trimmed and cut to its maximum.
 *
 * Writing is canonical, so equal states give equal, shareable URLs: keys in schema order, empty
 * values and defaults left out, `+` for a space, UTF-8 percent-encoding for anything else outside
 * ASCII letters and digits, except `,` (between list values) and `/` (in `praktik/id`), which are
 * written as they are because both are legal in a query and keep links readable. Pure: no DOM.
 */

/** One parameter of a page's state; `kunci` is its name in the URL when it differs from the state's. */
export type ParamUrl =
  /** Free text (`?q=`): '' when absent. */
  | { readonly jenis: 'teks'; readonly kunci?: string; readonly maks?: number }
  /** One value of a closed list (`?urut=`): `bawaan` (or undefined) when absent or unknown; `bawaan` is not written. */
  | { readonly jenis: 'pilih'; readonly kunci?: string; readonly nilai: readonly string[]; readonly bawaan?: string }
  /** One value of an open vocabulary (`?tema=`), checked against `dikenal` and `pola` when given. */
  | { readonly jenis: 'satu'; readonly kunci?: string; readonly pola?: RegExp }
  /** A whole number within [min, maks] (`?hal=`); `bawaan` is not written. */
  | { readonly jenis: 'bilangan'; readonly kunci?: string; readonly min: number; readonly maks: number; readonly bawaan?: number }
  /** `ya` or `tidak` (`?mitra=`). */
  | { readonly jenis: 'yaTidak'; readonly kunci?: string }
  /** A list of values (`?id=a,b`), each matching `pola` when given, at most `maks`. */
  | { readonly jenis: 'daftar'; readonly kunci?: string; readonly pola?: RegExp; readonly maks?: number }
  /** A group of lists, one URL key each, in `anggota` order (`?tema=a,b&provinsi=73`): the state holds the non-empty ones. */
  | { readonly jenis: 'kelompok'; readonly anggota: readonly string[] };

/** A page's parameters, in the order its URL writes them. */
export type SkemaUrl = Readonly<Record<string, ParamUrl>>;

/** Values a page offers per URL key, e.g. `{ tema: ['a', 'b'] }` from its checkboxes. */
export type NilaiDikenal = Readonly<Partial<Record<string, readonly string[]>>>;

type NilaiParam<P extends ParamUrl> = P extends { jenis: 'teks' }
  ? string
  : P extends { jenis: 'pilih'; nilai: readonly (infer T extends string)[] }
    ? P extends { bawaan: string }
      ? T
      : T | undefined
    : P extends { jenis: 'satu' }
      ? string | undefined
      : P extends { jenis: 'bilangan' }
        ? P extends { bawaan: number }
          ? number
          : number | undefined
        : P extends { jenis: 'yaTidak' }
          ? boolean | undefined
          : P extends { jenis: 'daftar' }
            ? string[]
            : P extends { jenis: 'kelompok'; anggota: readonly (infer K extends string)[] }
              ? Partial<Record<K, string[]>>
              : never;

/** The state a schema describes, as `bacaUrl` returns it. */
export type KeadaanUrl<S extends SkemaUrl> = { -readonly [N in keyof S]: NilaiParam<S[N]> };

/** What `tulisUrl` accepts: any part of the state; what is missing is not written. */
export type KeadaanUrlSebagian<S extends SkemaUrl> = { readonly [N in keyof S]?: NilaiParam<S[N]> | undefined };

/** Collapse whitespace, trim, cut to `maks` characters (then trim again). */
export function rapikanTeks(s: string, maks = Infinity): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, maks).trim();
}

/** Every value of a list key, comma-joined or repeated, trimmed, each once, known and well-formed. */
function bacaDaftar(params: URLSearchParams, kunci: string, dikenal: NilaiDikenal | undefined, pola?: RegExp, maks = Infinity): string[] {
  const boleh = dikenal?.[kunci];
  const out: string[] = [];
  for (const v of params.getAll(kunci).flatMap((x) => x.split(','))) {
    const t = v.trim();
    if (!t || out.includes(t) || (pola && !pola.test(t)) || (dikenal && !boleh?.includes(t))) continue;
    out.push(t);
  }
  return out.slice(0, maks);
}

/**
 * A page's state from a query string (`location.search`, a form's fields, a link). `dikenal`, when
 * given, lists the values the page offers per key: any other value of a vocabulary parameter
 * (`satu`, `daftar`, `kelompok`) is dropped, and such a key it does not name has none.
 */
export function bacaUrl<S extends SkemaUrl>(skema: S, params: URLSearchParams, dikenal?: NilaiDikenal): KeadaanUrl<S> {
  const out: Record<string, unknown> = {};
  const dikenalNilai = (kunci: string, v: string) => !dikenal || (dikenal[kunci]?.includes(v) ?? false);
  for (const [nama, p] of Object.entries(skema)) {
    const kunci = p.jenis === 'kelompok' ? '' : (p.kunci ?? nama);
    const mentah = p.jenis === 'kelompok' ? '' : (params.get(kunci) ?? '').trim();
    switch (p.jenis) {
      case 'teks':
        out[nama] = rapikanTeks(params.get(kunci) ?? '', p.maks);
        break;
      case 'pilih':
        out[nama] = p.nilai.includes(mentah) ? mentah : p.bawaan;
        break;
      case 'satu':
        out[nama] = mentah && (!p.pola || p.pola.test(mentah)) && dikenalNilai(kunci, mentah) ? mentah : undefined;
        break;
      case 'bilangan': {
        const n = /^[+-]?\d+$/.test(mentah) ? Number(mentah) : Number.NaN;
        out[nama] = n >= p.min && n <= p.maks ? n : p.bawaan;
        break;
      }
      case 'yaTidak':
        out[nama] = mentah === 'ya' ? true : mentah === 'tidak' ? false : undefined;
        break;
      case 'daftar':
        out[nama] = bacaDaftar(params, kunci, dikenal, p.pola, p.maks);
        break;
      case 'kelompok': {
        const kelompok: Record<string, string[]> = {};
        for (const k of p.anggota) {
          const v = bacaDaftar(params, k, dikenal);
          if (v.length) kelompok[k] = v;
        }
        out[nama] = kelompok;
        break;
      }
    }
  }
  return out as KeadaanUrl<S>;
}

/** The query string of a state: `?a=1&b=x,y`, or '' when nothing differs from the defaults. */
export function tulisUrl<S extends SkemaUrl>(skema: S, keadaan: KeadaanUrlSebagian<S>): string {
  const params = new URLSearchParams();
  const nilai = keadaan as Readonly<Record<string, unknown>>;
  const daftar = (kunci: string, v: unknown) => {
    if (Array.isArray(v) && v.length) params.set(kunci, v.join(','));
  };
  for (const [nama, p] of Object.entries(skema)) {
    const v = nilai[nama];
    const kunci = p.jenis === 'kelompok' ? '' : (p.kunci ?? nama);
    switch (p.jenis) {
      case 'teks': {
        const t = rapikanTeks(typeof v === 'string' ? v : '', p.maks);
        if (t) params.set(kunci, t);
        break;
      }
      case 'pilih':
      case 'satu':
      case 'bilangan':
        if (v !== undefined && v !== '' && v !== (p.jenis === 'satu' ? undefined : p.bawaan)) params.set(kunci, String(v));
        break;
      case 'yaTidak':
        if (typeof v === 'boolean') params.set(kunci, v ? 'ya' : 'tidak');
        break;
      case 'daftar':
        daftar(kunci, v);
        break;
      case 'kelompok':
        for (const k of p.anggota) daftar(k, (v as Readonly<Record<string, unknown>> | undefined)?.[k]);
        break;
    }
  }
  const s = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}
