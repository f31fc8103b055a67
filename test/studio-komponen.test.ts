import fc from 'fast-check';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../src/lib/mdx/render.ts';
import { BERISI, bacaBlok, komponenEditor, komponenKomentar, polaKomponen, tulisBlok, type DataBlok } from '../src/lib/mdx/studio-komponen.ts';
import { scaffold } from '../src/lib/scaffold.ts';
import { hanyaKomentar } from '../src/rules/mdx.ts';
import { KOMPONEN_MDX, type NamaKomponen } from '../src/rules/mdx.ts';
import { ROOT } from './helpers.ts';
import { h, keHtml, type Html } from './studio-html.ts';

const KOMPONEN = komponenEditor<Html>(h, (md) => md);
const komponen = (id: string) => KOMPONEN.find((k) => k.id === id)!;

/**
 * How Decap's block tokenizer tries a pattern at the start of a block
 * (decap-cms-widget-markdown/src/serializers/remarkShortcodes.js): anchored, on the rest of the
 * document, then on its first paragraph.
 */
function cocokDecap(pola: RegExp, sisa: string): RegExpExecArray | null {
  const p = new RegExp(pola.source.startsWith('^') ? pola.source : `^${pola.source}`, pola.flags.replace(/[gy]/g, ''));
  return p.exec(sisa) ?? p.exec(sisa.split('\n\n')[0]!.trimEnd());
}

/** Every use of a component at the start of a line in the handbook's and the fixtures' MDX. */
function pemakaian(): { file: string; nama: NamaKomponen; sisa: string }[] {
  const out: { file: string; nama: NamaKomponen; sisa: string }[] = [];
  const jelajah = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) jelajah(p);
      else if (n.endsWith('.mdx')) {
        const teks = readFileSync(p, 'utf8');
        for (const m of teks.matchAll(new RegExp(`^<(${Object.keys(KOMPONEN_MDX).join('|')})\\b`, 'gm'))) out.push({ file: p.slice(ROOT.length + 1), nama: m[1] as NamaKomponen, sisa: teks.slice(m.index) });
      }
    }
  };
  jelajah(join(ROOT, 'content'));
  jelajah(join(ROOT, 'test/fixtures'));
  return out;
}

describe('komponen MDX sebagai komponen penyunting studio', () => {
  it('mengambil komponen, atribut, pilihan, dan wajibnya dari src/rules/mdx.ts; isi hanya untuk komponen yang dirender dengan isinya', () => {
    expect(KOMPONEN.map((k) => k.id)).toEqual(Object.keys(KOMPONEN_MDX));
    expect([...BERISI]).toEqual(['Catatan']);
    for (const k of KOMPONEN) {
      const props = Object.entries(KOMPONEN_MDX[k.id as NamaKomponen].props) as [string, { wajib: boolean; pilihan?: readonly string[] }][];
      expect(k.fields.map((f) => f.name)).toEqual([...props.map(([p]) => p), ...(BERISI.has(k.id as NamaKomponen) ? ['isi'] : [])]);
      for (const [p, s] of props) expect(k.fields.find((f) => f.name === p)).toMatchObject({ required: s.wajib, widget: s.pilihan ? 'select' : 'string', ...(s.pilihan ? { options: [...s.pilihan] } : {}) });
      expect(k.pattern.flags).not.toMatch(/[gmy]/);
    }
    expect(komponen('Catatan')).toMatchObject({ label: 'Catatan', fields: [{ name: 'jenis', label: 'Jenis' }, { name: 'judul', label: 'Judul' }, { name: 'isi', label: 'Isi', widget: 'text' }] });
    expect(komponen('TabelPenilaian').label).toBe('Tabel penilaian');
  });

  it('membaca dan menulis kembali setiap pemakaian di content/ dan fixture bait demi bait, seperti Decap mencocokkannya', () => {
    const semua = pemakaian();
    expect(semua.filter((x) => x.nama === 'Catatan').length).toBeGreaterThan(20);
    const bentuk = new Set<string>();
    for (const { file, nama, sisa } of semua) {
      const k = komponen(nama);
      const m = cocokDecap(k.pattern, sisa);
      expect(m, `${file}: ${sisa.slice(0, 60)}`).not.toBeNull();
      const data = k.fromBlock(m!);
      expect(k.toBlock(data), file).toBe(m![0]);
      // The match ends where the block's line ends: nothing of the line is left behind.
      expect(sisa.slice(m![0].length)).toMatch(/^(\n|$)/);
      // A copy of the data, as Decap's form holds it (Immutable.fromJS, then toJS), writes the same.
      expect(k.toBlock(JSON.parse(JSON.stringify(data)) as DataBlok), file).toBe(m![0]);
      bentuk.add(`${nama}:${data.bentuk!.tutup}:${data.bentuk!.urutan.join(',')}`);
    }
    // The forms the handbook uses: a note on one line with and without a title, a note with its
    // content on lines of its own, and the self-closing tables.
    expect([...bentuk].sort()).toEqual(['Catatan:blok:jenis,judul', 'Catatan:sebaris:jenis', 'Catatan:sebaris:jenis,judul', 'TabelPenilaian:sendiri:unsur', 'TabelTesaurus:sendiri:']);
  });

  it('membaca isi dan atributnya seperti yang ditulis', () => {
    expect(bacaBlok('Catatan', '<Catatan jenis="penting">Pastikan *ini*.</Catatan>')).toEqual({ jenis: 'penting', isi: 'Pastikan *ini*.', bentuk: { urutan: ['jenis'], kutip: { jenis: '"' }, tutup: 'sebaris', spasi: false } });
    expect(bacaBlok('Catatan', "<Catatan judul='A &amp; B' jenis=\"info\">\nSatu.\n\nDua.\n</Catatan>")).toMatchObject({ jenis: 'info', judul: 'A &amp; B', isi: 'Satu.\n\nDua.', bentuk: { urutan: ['judul', 'jenis'], tutup: 'blok' } });
    expect(bacaBlok('TabelPenilaian', '<TabelPenilaian unsur="biaya"/>')).toEqual({ unsur: 'biaya', bentuk: { urutan: ['unsur'], kutip: { unsur: '"' }, tutup: 'sendiri', spasi: false } });
  });

  it('tidak mencocokkan bentuk yang tidak dapat ditulis kembali sama persis: Decap membiarkannya, npm run check menilainya', () => {
    const catatan = polaKomponen('Catatan');
    for (const s of [
      '<Catatan jenis="lain">x</Catatan>', // not a choice
      '<Catatan warna="merah">x</Catatan>', // not a prop
      '<Catatan jenis="info" jenis="penting">x</Catatan>', // twice
      '<Catatan judul="">x</Catatan>', // empty value
      '<Catatan jenis={"info"}>x</Catatan>', // expression
      '<Catatan  jenis="info">x</Catatan>', // two spaces
      '<Catatan>x</Catatan> dan teks', // more on the line
      '<Catatan>\nx</Catatan>', // content starting a line but not ending one
      '<Catatan>x\n\ny</Catatan>', // an empty line inside the tag's line
      '<Catatan>a <Catatan>b</Catatan> c</Catatan>', // nested
      '<Catatan>x', // not closed
    ]) expect(cocokDecap(catatan, s), s).toBeNull();
    expect(cocokDecap(polaKomponen('TabelPenilaian'), '<TabelPenilaian />')).toBeNull(); // required prop
  });

  it('menulis ulang blok yang disunting menjadi MDX yang dirender situs dengan nilai barunya, dan dibaca kembali sama (uji sifat)', () => {
    const nilai = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\n<>{}&\\]/.test(s) && s.trim() === s && s !== '');
    const baris = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /^[A-Za-z][A-Za-z .,]*[a-z.]$/.test(s));
    const isi = fc.array(baris, { minLength: 1, maxLength: 3 }).chain((b) => fc.constantFrom(b.join(' '), b.join('\n'), b.join('\n\n')));
    const bentuk = fc.option(fc.record({ urutan: fc.shuffledSubarray(['jenis', 'judul']), kutip: fc.record({ jenis: fc.constantFrom<'"' | "'">('"', "'"), judul: fc.constantFrom<'"' | "'">('"', "'") }), tutup: fc.constantFrom<'sendiri' | 'sebaris' | 'blok'>('sendiri', 'sebaris', 'blok'), spasi: fc.boolean() }), { nil: undefined });
    fc.assert(
      fc.property(fc.option(fc.constantFrom('info', 'penting', 'peringatan'), { nil: undefined }), fc.option(nilai, { nil: undefined }), isi, bentuk, (jenis, judul, isiBlok, b) => {
        const data: DataBlok = { jenis, judul, isi: isiBlok, ...(b ? { bentuk: b } : {}) };
        const teks = tulisBlok('Catatan', data);
        // Decap reads its own writing as the same block.
        const m = cocokDecap(polaKomponen('Catatan'), `${teks}\n\nlanjut`);
        expect(m?.[0], teks).toBe(teks);
        const baca = bacaBlok('Catatan', teks);
        expect([baca.jenis, typeof baca.judul === 'string' ? baca.judul.replace(/&quot;/g, '"') : undefined, baca.isi]).toEqual([jenis, judul, isiBlok]);
        expect(tulisBlok('Catatan', baca)).toBe(teks);
        // The site renders it: the note of its kind, with its title.
        const html = renderMdx(teks, { base: '/', bahasa: 'id' }).html;
        expect(html).toContain(`<div class="catatan catatan-${jenis ?? 'info'}" role="note"><strong class="catatan-judul">`);
        if (judul) expect(html).toContain(`<strong class="catatan-judul">${judul}</strong>`);
      }),
      { numRuns: 300 },
    );
  });

  it('pratinjau blok adalah rendering situs (src/lib/mdx/komponen.ts) dengan kelasnya', () => {
    for (const { nama, sisa } of pemakaian()) {
      const k = komponen(nama);
      const m = cocokDecap(k.pattern, sisa)!;
      const data = k.fromBlock(m);
      const studio = keHtml(k.toPreview(data));
      if (nama === 'Catatan' && data.bentuk!.tutup === 'sebaris' && !/[*_[`]/.test(data.isi!)) {
        // Plain text on the tag's line: the same HTML as the site's.
        expect(studio).toBe(renderMdx(m[0], { base: '/', bahasa: 'id' }).html);
      }
      if (nama === 'Catatan') expect(studio).toMatch(/^<div class="catatan catatan-(info|penting|peringatan)" role="note"><strong class="catatan-judul">[^<]+<\/strong> /);
      if (nama === 'TabelPenilaian') expect(studio).toMatch(/^<section class="tabel-gulir" tabindex="0" aria-label="(Tabel: [^"]+)"><table aria-label="\1"><thead>/);
      if (nama === 'TabelTesaurus') expect(studio).toMatch(/^<section class="tabel-gulir" tabindex="0" aria-label="Tabel: tesaurus pencarian" data-pagefind-ignore="">/);
    }
    // The note's content is drawn by the function given (Decap's Markdown preview in the studio), and its text is text.
    expect(keHtml(komponenEditor<Html>(h, (md) => h('em', null, md))[0]!.toPreview({ jenis: 'peringatan', judul: '<b>', isi: 'x' }))).toBe('<div class="catatan catatan-peringatan" role="note"><strong class="catatan-judul">&lt;b&gt;</strong> <em>x</em></div>');
    // A block just inserted, before its required prop is chosen, or with a choice not in the list.
    expect(keHtml(komponen('TabelPenilaian').toPreview({}))).toBe('<p class="kecil muted">&lt;TabelPenilaian&gt;</p>');
    expect(keHtml(komponen('Catatan').toPreview({ jenis: 'lain' }))).toBe('<div class="catatan catatan-info" role="note"><strong class="catatan-judul">Catatan</strong> </div>');
  });

  it('blok baru dari menu "Tambah komponen" ditulis dalam bentuk yang dipakai pustaka', () => {
    expect(tulisBlok('Catatan', { jenis: 'penting', judul: '', isi: 'Satu baris.' })).toBe('<Catatan jenis="penting">Satu baris.</Catatan>');
    expect(tulisBlok('Catatan', { jenis: 'info', judul: 'Judul "kutip"', isi: 'Satu.\n\nDua.' })).toBe('<Catatan jenis="info" judul=\'Judul "kutip"\'>\nSatu.\n\nDua.\n</Catatan>');
    expect(tulisBlok('TabelPenilaian', { unsur: 'dampak' })).toBe('<TabelPenilaian unsur="dampak" />');
    expect(tulisBlok('TabelTesaurus', {})).toBe('<TabelTesaurus />');
    // A prop emptied in the form is left out, not written empty.
    expect(tulisBlok('Catatan', { ...bacaBlok('Catatan', '<Catatan jenis="info" judul="J">x</Catatan>'), judul: '' })).toBe('<Catatan jenis="info">x</Catatan>');
  });

  it('komentar MDX {/* … */} di kerangka entri baru ditulis kembali apa adanya di mode teks berformat, dan tidak tampil di pratinjau seperti di situs', () => {
    const komentar = komponenKomentar<Html>(h);
    const teks = scaffold('praktik', 'Judul', '2026-12-08').text;
    const semua = [...teks.matchAll(/\{\/\*[^\n]*?\*\/\}/g)].map((m) => m[0]);
    expect(semua.length).toBeGreaterThan(10);
    for (const k of semua) {
      // Decap's inline tokenizer: anchored at the comment, with the rest of the paragraph after it.
      const m = komentar.pattern.exec(`${k}\n[ISI: ringkasan]`)!;
      expect(m[0]).toBe(k);
      expect(komentar.toInline(komentar.fromInline(m))).toBe(k);
      expect(hanyaKomentar(k.slice(1, -1))).toBe(true);
    }
    // What the checker refuses stays text for it to report: code between two comments, or a comment running past an empty line.
    expect(komentar.pattern.exec('{/* a */ fetch("x") /* b */}')).toBeNull();
    expect(komentar.pattern.exec('{/* a\n\nb */}')).toBeNull();
    // The preview pane (Decap passes getAsset) shows nothing, as the site; the editor shows the comment.
    expect(keHtml(komentar.toPreview({ teks: semua[0] }, () => undefined))).toBe('');
    expect(keHtml(komentar.toPreview({ teks: '{/* <b> */}' }))).toMatch(/>\{\/\* &lt;b&gt; \*\/\}<\/span>$/);
  });

  it('tabel panduan yang ditolak pemeriksa di badan entri dipratinjau sebagai pesan pemeriksa, bukan tabelnya', () => {
    const ditolak = komponenEditor<Html>(h, (md) => md, { TabelTesaurus: 'komponen <TabelTesaurus> hanya dapat dipakai di panduan' });
    const t = ditolak.find((k) => k.id === 'TabelTesaurus')!;
    expect(keHtml(t.toPreview({}))).toBe('<p class="peringatan" role="note">&lt;TabelTesaurus&gt;: komponen &lt;TabelTesaurus&gt; hanya dapat dipakai di panduan</p>');
    // The others still preview as the site draws them.
    expect(keHtml(ditolak.find((k) => k.id === 'TabelPenilaian')!.toPreview({ unsur: 'dampak' }))).toMatch(/^<section class="tabel-gulir"/);
  });
});
