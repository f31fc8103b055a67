import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../src/lib/mdx/render.ts';
import { masalahBukti, SYARAT_BUKTI, type DataBukti } from '../src/schema/penilaian.ts';
import { galat, periksa, ROOT, salinan } from './helpers.ts';

const data = (nilai: number, ubah: Partial<DataBukti['kesiapan']['dampak_utama']> = {}, sumber = [{ jenis: 'berita-media' }], replikasi: { status: string }[] = []): DataBukti => ({
  kesiapan: { kekuatan_bukti: nilai, dampak_utama: { baseline: '32,4% (2018)', hasil: '11% (2021)', periode: '2018–2021', sumber: 'https://x.go.id/', ...ubah }, replikasi },
  sumber,
});

describe('kekuatan bukti mengikuti definisinya', () => {
  it('nilai 0 dan 1 tidak menuntut data hasil', () => {
    expect(masalahBukti(data(1, { baseline: 'tidak tersedia', hasil: 'tidak tersedia' }))).toEqual([]);
  });

  it('nilai 2 menuntut baseline dan hasil, dan menunjuk isiannya', () => {
    expect(masalahBukti(data(2))).toEqual([]);
    const [m] = masalahBukti(data(2, { baseline: 'tidak tersedia (sumber tidak memuatnya)' }));
    expect(m!.path).toEqual(['kesiapan', 'dampak_utama', 'baseline']);
    expect(m!.message).toMatch(/^kekuatan bukti 2 memerlukan: .*turunkan kesiapan.kekuatan_bukti ke 1$/);
  });

  it('syarat bertumpuk: nilai 4 menuntut juga syarat nilai 2 dan 3', () => {
    const nilai = masalahBukti(data(4, { hasil: 'tidak tersedia' })).map((m) => m.message.match(/syarat nilai (\d)/)![1]);
    expect(nilai).toEqual(['2', '3', '4']);
    expect(masalahBukti(data(4, { pembanding: 'kecamatan tanpa program: 30% → 29%' }, [{ jenis: 'jurnal' }]))).toEqual([]);
  });

  it('nilai 5 menuntut dua replikasi berstatus implementasi', () => {
    const ok = data(5, { pembanding: 'desa pembanding: 20% → 19%' }, [{ jenis: 'dokumen-resmi' }], [{ status: 'implementasi' }, { status: 'implementasi' }]);
    expect(masalahBukti(ok)).toEqual([]);
    expect(masalahBukti({ ...ok, kesiapan: { ...ok.kesiapan, replikasi: [{ status: 'implementasi' }] } }).map((m) => m.path)).toEqual([['kesiapan', 'replikasi']]);
    // One adopter written twice, however it is spelled, is one replication.
    const ganda = [{ status: 'implementasi', instansi: 'Pemerintah Kabupaten Bantul' }, { status: 'implementasi', instansi: 'pemerintah  kabupaten bantul.' }];
    expect(masalahBukti({ ...ok, kesiapan: { ...ok.kesiapan, replikasi: ganda } }).map((m) => m.path)).toEqual([['kesiapan', 'replikasi']]);
  });

  it('npm run check menolak nilai yang tidak didukung isiannya, dengan berkas, baris dan isian', () => {
    const t = salinan();
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/kekuatan_bukti: \d/, 'kekuatan_bukti: 2').replace(/    baseline: .*/, '    baseline: tidak tersedia'));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/layanan-contoh.mdx');
    expect(p).toEqual([expect.objectContaining({ field: 'kesiapan.dampak_utama.baseline', message: expect.stringMatching(/^kekuatan bukti 2 memerlukan/) })]);
    expect(p[0]!.line).toBeGreaterThan(1);
  });

  it('panduan penilaian merender tabelnya dari aturan yang sama, dalam dua bahasa', () => {
    for (const [file, bahasa] of [['content/panduan/cara-membaca-kartu-kesiapan.mdx', 'id'], ['content/panduan/en/cara-membaca-kartu-kesiapan.mdx', 'en']] as const) {
      const { html } = renderMdx(readFileSync(join(ROOT, file), 'utf8'), { base: '/', bahasa });
      for (const s of SYARAT_BUKTI) expect(html).toContain((bahasa === 'en' ? s.syarat_en : s.syarat).split('"')[0]);
      expect(html).toContain('class="tabel-gulir"');
      expect(html).toContain(bahasa === 'en' ? '<th>Required of the entry’s fields</th>' : '<th>Syarat pada isian entri</th>');
    }
  });
});

describe('kartu model mengikuti praktiknya', () => {
  it('menolak bukti atau dampak model yang melebihi praktik terkuatnya', async () => {
    const { masalahModel } = await import('../src/schema/penilaian.ts');
    const praktik = [
      { id: 'a', kekuatan_bukti: 1, tingkat_dampak: 'rendah' },
      { id: 'b', kekuatan_bukti: 2, tingkat_dampak: 'sedang' },
    ];
    expect(masalahModel({ id: 'm', kekuatan_bukti: 2, tingkat_dampak: 'sedang' }, praktik)).toEqual([]);
    expect(masalahModel({ id: 'm', kekuatan_bukti: 3, tingkat_dampak: 'tinggi' }, praktik).map((m) => m.path.join('.'))).toEqual(['kesiapan.kekuatan_bukti', 'kesiapan.tingkat_dampak']);
  });

  it('npm run check menunjuk isian model yang melebihi praktiknya', () => {
    const t = salinan();
    t.ubah('model/model-contoh.mdx', (s) => s.replace(/kekuatan_bukti: \d/, 'kekuatan_bukti: 3').replace(/    baseline: .*/, '    baseline: 10% (2019)').replace(/    hasil: .*/, '    hasil: 5% (2021)\n    pembanding: desa lain 10% → 9%'));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'model/model-contoh.mdx');
    expect(p.map((x) => x.field)).toEqual(['kesiapan.kekuatan_bukti']);
    expect(p[0]!.message).toMatch(/melebihi praktik terkuatnya/);
  });
});

describe('dampak, biaya, dan kompleksitas mengikuti definisinya', () => {
  const FILE = 'praktik/layanan-contoh.mdx';
  const masalah = (edit: (s: string) => string) => {
    const t = salinan();
    t.ubah(FILE, edit);
    return galat(periksa(t.dir)).filter((x) => x.file === FILE).map((x) => `${x.field}: ${x.message}`);
  };

  it('menghitung kompleksitas dari kriterianya dan menolak tingkat yang berbeda, dengan skor setiap kriteria', () => {
    expect(masalah((s) => s.replace('instansi_terlibat: 2', 'instansi_terlibat: 5').replace('sistem_informasi: aplikasi-yang-ada', 'sistem_informasi: integrasi-sistem-nasional'))).toEqual([
      'kesiapan.kompleksitas: kompleksitas "rendah" tidak sesuai kriterianya: skor 4 (instansi yang terlibat 2, tingkat pemerintahan yang bertindak 0, regulasi baru yang harus diterbitkan replikator 0, sistem informasi 2) berarti "sedang". Ubah kompleksitas ke "sedang", atau perbaiki kesiapan.kriteria_kompleksitas',
    ]);
    // A perda the adopter must issue weighs 2, read from the legal bases.
    expect(masalah((s) => s.replace('  - jenis: sk\n    nomor: 100/2018', '  - jenis: perda\n    nomor: 100/2018').replace('kompleksitas: rendah', 'kompleksitas: sedang'))).toEqual([]);
  });

  it('menolak biaya yang tidak memuat angka tahunannya', () => {
    expect(masalah((s) => s.replace('biaya_juta_per_tahun: 120', 'biaya_juta_per_tahun: 40'))).toEqual([
      'kesiapan.biaya: biaya 2 tidak sesuai biaya_juta_per_tahun 40 (Rp40 juta masuk biaya 1: Di bawah Rp50 juta per tahun; cukup dari anggaran rutin unit). Ubah salah satunya',
    ]);
    expect(masalah((s) => s.replace('biaya_juta_per_tahun: 120', 'biaya_juta_per_tahun: 249.5'))).toEqual([]);
  });

  it('menolak dampak tinggi tanpa data terukur atau skala provinsi', () => {
    expect(masalah((s) => s.replace('tingkat_dampak: sedang', 'tingkat_dampak: tinggi').replace('cakupan_wilayah: provinsi', 'cakupan_wilayah: kecamatan'))).toEqual([
      expect.stringMatching(/^kesiapan.tingkat_dampak: tingkat dampak "tinggi" memerlukan kekuatan bukti paling sedikit 2, dan perubahan .* turunkan ke "sedang"$/),
    ]);
    expect(masalah((s) => s.replace('tingkat_dampak: sedang', 'tingkat_dampak: sedang').replace('cakupan_wilayah: provinsi', 'cakupan_wilayah: kecamatan'))).toEqual([
      expect.stringMatching(/^kesiapan.tingkat_dampak: tingkat dampak "sedang" memerlukan kekuatan bukti paling sedikit 2 .*cakupan_wilayah kabupaten\/kota, provinsi atau nasional/),
    ]);
  });

  it('panduan merender tabel dampak, biaya, dan kriteria kompleksitas dari aturan yang sama', async () => {
    const { KRITERIA_KOMPLEKSITAS } = await import('../src/schema/penilaian.ts');
    const { html } = renderMdx(readFileSync(join(ROOT, 'content/panduan/cara-membaca-kartu-kesiapan.mdx'), 'utf8'), { base: '/', bahasa: 'id' });
    for (const k of KRITERIA_KOMPLEKSITAS) expect(html).toContain(`<td>${k.nama.id}</td><td>${k.medan}</td>`);
    expect(html).toContain('Rp50 juta sampai di bawah Rp250 juta per tahun.');
    expect(html).toContain('kekuatan bukti paling sedikit 2 (perubahan terukur pada indikator utama)');
  });
});
