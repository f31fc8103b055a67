/**
 * "Kontak Tanpa Data Pribadi": an entry's contact is an office, never a person (the author guide,
 * CONTRIBUTING). Published data cannot be recalled from archives, the PDF and the open data, so
 * every sign of a person is raised. As a warning while the entry is written: many agencies do run
 * their service on a free e-mail address or an official WhatsApp number, and only the author can
 * tell which it is. Like every warning, it blocks publication (./tingkat-terbit.ts).
 */
import { HOST_WHATSAPP, LAYANAN_EMAIL_UMUM, SAPAAN, SAPAAN_BUKAN_NAMA } from '../data/data-pribadi.ts';
import { diDomain } from '../data/sumber-lemah.ts';
import type { MasalahIsian } from './masalah.ts';

const AWAL = 'kontak hanya untuk data kelembagaan';

/**
 * An Indonesian mobile number once its separators are gone: 08…, +628… or 628…, then an operator's
 * second digit (081x, 082x, 083x, 085x, 087x, 088x, 089x). 080x are toll-free and premium lines,
 * which offices use; no area code of a fixed line starts with 8.
 */
const PONSEL = /^(?:\+?62|0)8[1235789]\d{6,11}$/;
/**
 * The same in running text, where digits also make amounts and dates: a number written alone
 * (not inside a longer figure like 1.628.123.456), its separators single spaces, dots or hyphens.
 * Times and dates ("08.30-16.00", "08-12-2023") have too few digits to match.
 */
const PONSEL_DALAM_TEKS = /(?<![\d+.,])(?:\+62[\s.-]?|62|0)8[1235789](?:[\s.-]?\d){6,11}(?!\d)/g;
/** Where one number in a field ends and another begins. */
const PEMISAH_NOMOR = /[,;/]|\batau\b|\bdan\b/;
/** Where a unit's text starts a new part, after which a name could stand: "Kasi Layanan (Ibu Sari)". */
const PEMISAH_BAGIAN = /[,;:()/]|\s[–—-]\s/;

const sapaan: ReadonlySet<string> = new Set(SAPAAN);
const bukanNama: ReadonlySet<string> = new Set(SAPAAN_BUKAN_NAMA);

/** The free e-mail service an address is on, if it is on one. */
export function layananEmailUmum(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = email.slice(at + 1).trim().toLowerCase();
  return LAYANAN_EMAIL_UMUM.find((d) => diDomain(domain, d));
}

/** The mobile numbers in a telephone field, as written. */
export function nomorPonsel(telepon: string): string[] {
  return telepon
    .split(PEMISAH_NOMOR)
    .map((n) => n.trim())
    .filter((n) => PONSEL.test(n.replace(/[^\d+]/g, '')));
}

/** The mobile numbers in a text of the body, with their offsets. */
export function ponselDalamTeks(teks: string): { awal: number; nomor: string }[] {
  return [...teks.matchAll(PONSEL_DALAM_TEKS)].map((m) => ({ awal: m.index, nomor: m[0] }));
}

/**
 * An honorific and the capitalised name after it, where a part of the unit's text begins:
 * "Bapak Budi", "dr. Rina". Only at a part's start, so an office named after a person
 * ("RSUD dr. Soetomo") is not taken for one.
 */
export function namaBersapaan(unit: string): string[] {
  const out: string[] = [];
  for (const bagian of unit.split(PEMISAH_BAGIAN)) {
    const [kata, nama] = bagian.trim().split(/\s+/, 2);
    if (!kata || !nama || !sapaan.has(kata.toLowerCase()) || !/^\p{Lu}/u.test(nama)) continue;
    if (!bukanNama.has(`${kata} ${nama}`.toLowerCase())) out.push(`${kata} ${nama}`);
  }
  return out;
}

/** Every sign of personal data in an entry's `kontak`, as warnings on its fields. */
export function masalahKontak(kontak: unknown): MasalahIsian[] {
  if (!kontak || typeof kontak !== 'object') return [];
  const { unit, email, telepon, situs } = kontak as Record<string, unknown>;
  const out: MasalahIsian[] = [];
  // The replication guide sends readers to this contact: a unit's name alone is a dead end.
  if (typeof unit === 'string' && ![email, telepon, situs].some((v) => typeof v === 'string' && v.trim() !== '')) {
    out.push({ path: ['kontak'], level: 'warning', message: 'kontak hanya menyebut unit: tambahkan paling sedikit satu saluran resmi unit itu (email, telepon, atau situs) agar instansi yang ingin mereplikasi dapat menghubunginya' });
  }
  if (typeof unit === 'string') {
    for (const nama of namaBersapaan(unit)) {
      out.push({ path: ['kontak', 'unit'], level: 'warning', message: `${AWAL}: "${nama}" tampak seperti nama orang; tulis unit atau jabatannya (mis. "Kepala Seksi Pelayanan"), bukan nama pegawai` });
    }
  }
  const layanan = typeof email === 'string' ? layananEmailUmum(email) : undefined;
  if (layanan) out.push({ path: ['kontak', 'email'], level: 'warning', message: `${AWAL}: "${layanan}" adalah layanan e-mail umum; pastikan ini alamat resmi unit, bukan alamat pribadi` });
  if (typeof telepon === 'string') for (const nomor of nomorPonsel(telepon)) out.push({ path: ['kontak', 'telepon'], level: 'warning', message: pesanPonsel(nomor) });
  return out;
}

/** The warning for a mobile number, in `kontak.telepon` or in the body. */
export const pesanPonsel = (nomor: string) => `${AWAL}: "${nomor}" adalah nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi`;

/** The WhatsApp host a link opens a chat on, if it does. */
export function hostWhatsapp(alamat: string): string | undefined {
  // Every link of every entry comes through here: parse only the few that could be one.
  if (!/wa\.me|whatsapp/i.test(alamat)) return undefined;
  let host: string;
  try {
    host = new URL(alamat).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return HOST_WHATSAPP.find((h) => diDomain(host, h));
}

/** The warning for a link in the body that opens a WhatsApp chat: its address holds a phone number. */
export const pesanWhatsapp = (host: string) => `${AWAL}: tautan WhatsApp (${host}) memuat nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi`;
