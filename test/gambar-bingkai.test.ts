/**
 * Images whose header lies about the size a browser decodes. image-size reads a GIF's logical
 * screen, an APNG's IHDR and a WebP's canvas; the frames inside can be larger or lie outside it
 * (Chromium decodes a GIF's first frame at its own size), and an animation multiplies the pixels
 * by its frame count. The files here are built byte by byte, so each case states exactly what the
 * file claims and what it holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bingkaiGif, bingkaiPng, bingkaiWebp, gambarEntri, type Bingkai } from '../src/validate/gambar.ts';
import { formatProblem } from '../src/validate/problem.ts';
import { galat, periksa, salinan } from './helpers.ts';

const u16 = (n: number) => [n & 0xff, n >> 8];
const u24 = (n: number) => [n & 0xff, (n >> 8) & 0xff, n >> 16];
const u32be = (n: number) => [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const u32le = (n: number) => [...u24(n), n >>> 24];
const teks = (s: string) => [...s].map((c) => c.charCodeAt(0));
const penuh = (w: number, h: number, n = 1): Bingkai[] => Array.from({ length: n }, () => ({ x: 0, y: 0, width: w, height: h }));

/** A GIF89a: logical screen, 2-colour global table, a looping extension, then each frame with its own (tiny) LZW data. */
function gif(w: number, h: number, bingkai: Bingkai[]): Buffer {
  const b = [...teks('GIF89a'), ...u16(w), ...u16(h), 0x80, 0, 0, 0, 0, 0, 255, 255, 255];
  b.push(0x21, 0xff, 11, ...teks('NETSCAPE2.0'), 3, 1, 0, 0, 0);
  for (const f of bingkai) b.push(0x21, 0xf9, 4, 0, 10, 0, 0, 0, 0x2c, ...u16(f.x), ...u16(f.y), ...u16(f.width), ...u16(f.height), 0, 2, 2, 0x4c, 0x01, 0);
  b.push(0x3b);
  return Buffer.from(b);
}

function chunk(jenis: string, data: number[]): number[] {
  return [...u32be(data.length), ...teks(jenis), ...data, 0, 0, 0, 0];
}

/** An APNG: IHDR, acTL, then a fcTL per frame (the first before IDAT, so the default image is frame 1). */
function apng(w: number, h: number, bingkai: Bingkai[]): Buffer {
  const b = [0x89, ...teks('PNG\r\n\x1a\n'), ...chunk('IHDR', [...u32be(w), ...u32be(h), 8, 6, 0, 0, 0]), ...chunk('acTL', [...u32be(bingkai.length), ...u32be(0)])];
  bingkai.forEach((f, i) => {
    b.push(...chunk('fcTL', [...u32be(i * 2), ...u32be(f.width), ...u32be(f.height), ...u32be(f.x), ...u32be(f.y), 0, 1, 0, 10, 0, 0]));
    b.push(...(i === 0 ? chunk('IDAT', [0x78, 0x9c, 3, 0]) : chunk('fdAT', [...u32be(i * 2 + 1), 0x78, 0x9c, 3, 0])));
  });
  b.push(...chunk('IEND', []));
  return Buffer.from(b);
}

function riff(jenis: string, data: number[]): number[] {
  return [...teks(jenis), ...u32le(data.length), ...data, ...(data.length & 1 ? [0] : [])];
}

/** An animated WebP: VP8X canvas with the animation flag, ANIM, then an ANMF per frame. */
function webp(w: number, h: number, bingkai: Bingkai[]): Buffer {
  const isi = [...riff('VP8X', [0x02, 0, 0, 0, ...u24(w - 1), ...u24(h - 1)]), ...riff('ANIM', [0, 0, 0, 0, 0, 0])];
  for (const f of bingkai) isi.push(...riff('ANMF', [...u24(f.x / 2), ...u24(f.y / 2), ...u24(f.width - 1), ...u24(f.height - 1), 100, 0, 0, 0, ...riff('VP8L', [0x2f, 0, 0, 0, 0])]));
  return Buffer.from([...teks('RIFF'), ...u32le(4 + isi.length), ...teks('WEBP'), ...isi]);
}

/** A still PNG header, as the existing pixel-bomb case builds it. */
function png(w: number, h: number): Buffer {
  return Buffer.from([0x89, ...teks('PNG\r\n\x1a\n'), ...chunk('IHDR', [...u32be(w), ...u32be(h), 8, 6, 0, 0, 0]), ...chunk('IDAT', [0x78, 0x9c, 3, 0]), ...chunk('IEND', [])]);
}

/** gambarEntri on one file written into a fresh collection folder. */
function ukur(nama: string, bytes: Buffer) {
  const folder = mkdtempSync(join(tmpdir(), 'pustaka-gambar-'));
  writeFileSync(join(folder, nama), bytes);
  return gambarEntri(`./${nama}`, join(folder, 'layanan.mdx'), folder, new Set([join(folder, nama)]));
}

describe('gambar yang kepalanya berbohong tentang ukurannya', () => {
  it('GIF berkepala 64 × 64 dengan bingkai 16.000 × 16.000 ditolak dengan kedua ukurannya', () => {
    const h = ukur('peta.gif', gif(64, 64, penuh(16_000, 16_000)));
    expect(h.masalah).toBe(
      'gambar "./peta.gif" memuat bingkai 16.000 × 16.000 piksel mulai di titik 0, 0, melewati ukuran yang tertulis di kepala berkasnya (64 × 64 piksel); peramban tetap menguraikan bingkai itu seutuhnya, jadi batas ukuran gambar tidak berlaku. Berkasnya rusak atau sengaja dibuat begitu: simpan ulang gambarnya dengan program gambar, atau simpan sebagai PNG atau JPEG',
    );
  });

  it('bingkai GIF yang diletakkan di luar layar, juga bingkai kedua, ditolak', () => {
    expect(ukur('a.gif', gif(100, 100, [{ x: 80, y: 80, width: 50, height: 50 }])).masalah).toMatch(/bingkai 50 × 50 piksel mulai di titik 80, 80, melewati .*\(100 × 100 piksel\)/);
    expect(ukur('b.gif', gif(100, 100, [...penuh(100, 100), { x: 0, y: 0, width: 100, height: 101 }])).masalah).toMatch(/bingkai 100 × 101 piksel \(bingkai ke-2 dari 2\)/);
  });

  it('APNG dan WebP beranimasi dengan bingkai di luar kanvasnya ditolak', () => {
    expect(ukur('a.png', apng(64, 64, penuh(16_000, 16_000))).masalah).toMatch(/bingkai 16\.000 × 16\.000 piksel mulai di titik 0, 0, melewati .*\(64 × 64 piksel\)/);
    expect(ukur('a.webp', webp(64, 64, [...penuh(64, 64), { x: 32, y: 0, width: 64, height: 64 }])).masalah).toMatch(/bingkai 64 × 64 piksel \(bingkai ke-2 dari 2\) mulai di titik 32, 0/);
  });

  it('animasi yang seluruh bingkainya melebihi 16,8 juta piksel ditolak, di batasnya diterima', () => {
    // 20 frames of one megapixel: each within the limit, together 20 megapixels.
    for (const [nama, buat] of [['a.gif', gif], ['a.png', apng], ['a.webp', webp]] as const) {
      expect(ukur(nama, buat(1000, 1000, penuh(1000, 1000, 20))).masalah).toBe(
        `gambar "./${nama}" beranimasi dengan 20 bingkai berukuran 1.000 × 1.000 piksel, seluruhnya 20 juta piksel yang harus diurai peramban, lebih dari batas 16,8 juta piksel; kurangi jumlah atau ukuran bingkainya, atau simpan satu bingkai sebagai PNG atau JPEG`,
      );
      expect(ukur(nama, buat(1000, 1000, penuh(1000, 1000, 16))).gambar).toMatchObject({ width: 1000, height: 1000 });
    }
    // Small frames on a large canvas still cost the canvas each: the browser composes on it.
    expect(ukur('b.gif', gif(2000, 2000, [...penuh(2000, 2000), ...penuh(10, 10, 4)])).masalah).toMatch(/5 bingkai berukuran 2\.000 × 2\.000 piksel, seluruhnya 20 juta/);
  });

  it('gambar diam dan animasi yang jujur diterima seperti sebelumnya', () => {
    expect(ukur('a.gif', gif(640, 480, penuh(640, 480))).gambar).toMatchObject({ width: 640, height: 480 });
    expect(ukur('b.gif', gif(640, 480, [{ x: 10, y: 20, width: 300, height: 200 }, { x: 340, y: 280, width: 300, height: 200 }])).gambar).toMatchObject({ width: 640, height: 480 });
    expect(ukur('a.png', png(4032, 3024)).gambar).toMatchObject({ width: 4032, height: 3024 });
    expect(ukur('b.png', apng(300, 200, penuh(300, 200, 5))).gambar).toMatchObject({ width: 300, height: 200 });
    expect(ukur('a.webp', webp(300, 200, penuh(300, 200, 5))).gambar).toMatchObject({ width: 300, height: 200 });
    // A still PNG or WebP has no frames to count: the scanners leave it to image-size.
    expect(bingkaiPng(png(4032, 3024))).toBeUndefined();
  });

  it('pemindai menghitung bingkai seperti yang tertulis', () => {
    expect(bingkaiGif(gif(64, 64, penuh(16_000, 16_000)))).toEqual({ width: 64, height: 64, bingkai: penuh(16_000, 16_000) });
    expect(bingkaiPng(apng(300, 200, penuh(300, 200, 3)))).toEqual({ width: 300, height: 200, bingkai: penuh(300, 200, 3) });
    expect(bingkaiWebp(webp(300, 200, [{ x: 10, y: 20, width: 30, height: 40 }]))).toEqual({ width: 300, height: 200, bingkai: [{ x: 10, y: 20, width: 30, height: 40 }] });
    expect([bingkaiGif(png(1, 1)), bingkaiPng(gif(1, 1, [])), bingkaiWebp(gif(1, 1, []))]).toEqual([undefined, undefined, undefined]);
  });

  it('berkas terpotong atau rusak tidak membuat pemindai berputar atau membaca di luar berkas', () => {
    const contoh = [gif(100, 100, penuh(100, 100, 3)), apng(100, 100, penuh(100, 100, 3)), webp(100, 100, penuh(100, 100, 3))];
    let acak = 7;
    const berikut = () => (acak = (acak * 1103515245 + 12345) % 2 ** 31);
    for (const asli of contoh) {
      const varian: Buffer[] = [];
      for (let n = 0; n <= asli.length; n++) varian.push(asli.subarray(0, n));
      for (let k = 0; k < 2000; k++) {
        const b = Buffer.from(asli);
        for (let j = 0; j < 3; j++) b[berikut() % b.length] = berikut() & 0xff;
        varian.push(b);
      }
      for (const b of varian) {
        for (const s of [bingkaiGif(b), bingkaiPng(b), bingkaiWebp(b)]) {
          if (!s) continue;
          for (const v of [s.width, s.height, ...s.bingkai.flatMap((f) => [f.x, f.y, f.width, f.height])]) expect(Number.isInteger(v) && v >= 0).toBe(true);
        }
      }
    }
    // A sub-block chain that claims more bytes than the file has.
    expect(bingkaiGif(Buffer.from([...gif(10, 10, []).subarray(0, -1), 0x21, 0xfe, 200, 1, 2]))!.bingkai).toEqual([]);
    // A scanner that loops forever fails on this limit; its speed is the benchmark's to report.
  }, 30_000);

  it('npm run check menolak GIF itu di entrinya', () => {
    const t = salinan();
    writeFileSync(join(t.dir, 'praktik/peta.gif'), gif(64, 64, penuh(16_000, 16_000)));
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace('## Ringkasan\n', '## Ringkasan\n\n![Peta sebaran posyandu](./peta.gif)\n'));
    const milik = galat(periksa(t.dir)).filter((p) => p.file === 'praktik/layanan-kedua.mdx');
    expect(milik.map(formatProblem).join('\n')).toMatch(/gambar "\.\/peta\.gif" memuat bingkai 16\.000 × 16\.000 piksel/);
  });
});
