/**
 * The fixture site's content (test/fixtures/situs/), read straight from its files. The browser tests
 * that run on the fixture site (SITUS.fixture) take every expectation from here: which entries a
 * word finds, how many practices a theme has, what each cell of the comparison says, which chapters
 * a book has. Add or change a fixture entry and the expectations follow; nothing is a number typed
 * into a test.
 *
 * The tree is small and fictional (contoh.go.id sources), and valid:
 * `CONTENT_DIR=test/fixtures/situs npm run check` passes. It differs from test/fixtures/lengkap/,
 * which the checker's unit tests break one field at a time and which holds two identical practices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { modelSchema, praktikSchema } from '../src/schema/index.ts';
import { edisiBernama } from '../src/data/edisi.ts';
import { istilahEntri } from '../src/lib/tesaurus.ts';
import { SITUS } from './harness.ts';

type Praktik = z.input<typeof praktikSchema>;
type Model = z.input<typeof modelSchema>;
/** A practice's or a model's frontmatter as written: the fields both have, and each one's own as optional. */
export type FrontmatterFixture = Pick<Praktik, keyof Praktik & keyof Model> & Partial<Omit<Praktik, keyof Model> & Omit<Model, keyof Praktik>>;

export interface EntriFixture {
  koleksi: 'praktik' | 'model';
  id: string;
  fm: FrontmatterFixture;
  /** The MDX body, after the frontmatter. */
  isi: string;
  /** Whether the edition the site was built for (EDISI, default demonstrasi) publishes it. */
  tampil: boolean;
  /** Site path without the base: `praktik/layanan-contoh/`. */
  path: string;
}

const TAMPIL: readonly string[] = edisiBernama(process.env.EDISI).tampil;

function baca(file: string): { fm: FrontmatterFixture; isi: string } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: tanpa frontmatter`);
  return { fm: parse(m[1]!) as FrontmatterFixture, isi: m[2]! };
}

/** Every `.mdx` file of a folder, read, in file-name order. */
const readFolder = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort().map((f) => baca(join(dir, f)));

/** Every practice and model of the fixture tree, published or not, in file-name order. */
export function entriFixture(dir: string = SITUS.fixture.konten): EntriFixture[] {
  return (['praktik', 'model'] as const).flatMap((koleksi) =>
    readFolder(join(dir, koleksi)).map(({ fm, isi }) => ({ koleksi, id: fm.id, fm, isi, tampil: TAMPIL.includes(fm.status), path: `${koleksi}/${fm.id}/` })),
  );
}

/** The Indonesian guides of the fixture tree (Pagefind indexes them with the entries). */
export function panduanFixture(dir: string = SITUS.fixture.konten): { id: string; isi: string; path: string }[] {
  return readFolder(join(dir, 'panduan')).map(({ fm, isi }) => ({ id: fm.id, isi: `${fm.judul}\n${fm.ringkasan}\n${isi}`, path: `panduan/${fm.id}/` }));
}

/** The Markdown under `## judul`, up to the next `## `; undefined when the entry has no such section. */
export function bagian(e: EntriFixture, judul: string): string | undefined {
  const lines = e.isi.split('\n');
  const start = lines.findIndex((l) => l === `## ${judul}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

/**
 * The text a reader sees of simple Markdown (the fixture's sections are paragraphs and lists):
 * citations, list markers, emphasis and link targets dropped, `### heading` kept as its words.
 */
export function teksPolos(md: string): string {
  return md
    .replace(/\s*\[@[^\]]+\]/g, '')
    .replace(/^#+\s+/gm, '')
    .replace(/^\s*(\d+\.|[-*])\s+/gm, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What the Indonesian search index holds of an entry page: the fields its indexed region shows (title,
 * expansion, aliases, agency, prerequisites, the body) and its metadata (summary), and the thesaurus
 * terms it carries for the concepts it covers (src/lib/tesaurus.ts, as src/components/entri/IndeksCari.astro
 * gives them), so a reader's "penimbangan" finds an entry that says only "posyandu". The readiness
 * card, the sources and the related entries' cards are not indexed (data-pagefind-ignore).
 */
export function teksTerindeks(e: EntriFixture): string {
  const f = e.fm;
  const utama = [f.judul, ...(f.alias ?? []), ...(f.kata_kunci ?? []), f.ringkasan, f.ringkasan_en ?? ''].join(' · ');
  const istilah = istilahEntri({ utama, isi: e.isi, ringkasEn: [f.judul, ...(f.alias ?? []), f.ringkasan_en ?? ''].join(' · ') }).id;
  const tampil = [f.judul, f.kepanjangan ?? '', ...(f.alias ?? []), f.ringkasan, f.instansi_asal?.nama ?? '', f.instansi_asal?.unit ?? '', ...f.kesiapan.prasyarat];
  return [...tampil, e.isi, ...istilah].join('\n');
}

/** Whether `text` holds `word` as a whole word, ignoring case. */
export const memuatKata = (text: string, word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}([^\\p{L}\\p{N}]|$)`, 'iu').test(text);

/** The year a result shows: a practice's start, a model's cohort. */
export const tahunEntri = (e: EntriFixture) => (e.koleksi === 'praktik' ? e.fm.tahun_mulai : e.fm.tahun_model);
