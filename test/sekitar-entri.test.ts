import { describe, expect, it } from 'vitest';
import { kunciCache, SAUDARA_MAKS, sekitarEntri } from '../src/lib/sekitar-entri.ts';

const praktik = (id: string, model: string[], extra: Record<string, unknown> = {}) => ({
  id,
  collection: 'praktik',
  data: { judul: id.toUpperCase(), model: model.map((m) => ({ id: m })), penulis: [{ id: 'tim' }], peninjau: [] as { id: string }[], ...extra },
  rendered: { metadata: { sidikIsi: `isi-${id}` } },
});
const model = (id: string, praktikIds: string[]) => ({
  id,
  collection: 'model',
  data: { judul: id, praktik: praktikIds.map((p) => ({ id: p })), penulis: [{ id: 'tim' }], peninjau: [{ id: 'ahli' }] },
  rendered: { metadata: { sidikIsi: `isi-${id}` } },
});
const orang = (id: string, nama: string) => ({ id, collection: 'penulis', data: { nama } });

function dunia() {
  const p = Array.from({ length: 9 }, (_, i) => praktik(`p${i}`, i < 8 ? ['stunting'] : ['inflasi']));
  return {
    praktik: p,
    model: [model('stunting', p.slice(0, 8).map((x) => x.id)), model('inflasi', ['p8'])],
    penulis: [orang('tim', 'Tim Redaksi'), orang('ahli', 'Pakar')],
  };
}
const kunci = (all: ReturnType<typeof dunia>, e: { data: { penulis: { id: string }[]; peninjau: { id: string }[] } } & Parameters<typeof kunciCache>[0], tanggal = '2026-11-01') =>
  kunciCache(e, sekitarEntri(e as never, all, e.data), tanggal);

describe('what an entry page shows around the entry', () => {
  it('lists a few siblings of a practice, says there are more, and counts each parent model', () => {
    const all = dunia();
    const s = sekitarEntri(all.praktik[0]!, all, all.praktik[0]!.data);
    expect(s.induk.map((m) => m.id)).toEqual(['stunting']);
    expect(s.saudara).toHaveLength(SAUDARA_MAKS);
    expect(s.saudara.map((p) => p.id)).not.toContain('p0');
    expect(s.adaSaudaraLain).toBe(true);
    expect(s.jumlahPraktikInduk).toEqual([8]);
    expect(s.orang.map((o) => o.id)).toEqual(['tim']);
  });

  it('lists every practice of a model, in the model’s order', () => {
    const all = dunia();
    const s = sekitarEntri(all.model[0]!, all, all.model[0]!.data);
    expect(s.praktikModel.map((p) => p.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(s.orang.map((o) => o.id)).toEqual(['tim', 'ahli']);
  });
});

describe('the incremental-build key of an entry page', () => {
  it('is stable when nothing the page shows has changed, even if another model’s practice has', () => {
    const a = dunia();
    const b = dunia();
    b.praktik[8]!.data.judul = 'Diubah';
    expect(kunci(b, b.praktik[0]!)).toBe(kunci(a, a.praktik[0]!));
  });

  it('changes with the entry’s data, its rendered body, or its last-updated date', () => {
    const a = dunia();
    const base = kunci(a, a.praktik[0]!);
    const b = dunia();
    b.praktik[0]!.data.judul = 'Judul baru';
    expect(kunci(b, b.praktik[0]!)).not.toBe(base);
    const c = dunia();
    c.praktik[0]!.rendered.metadata.sidikIsi = 'isi-p0-baru';
    expect(kunci(c, c.praktik[0]!)).not.toBe(base);
    expect(kunci(dunia(), dunia().praktik[0]!, '2026-11-02')).not.toBe(base);
  });

  it('changes when a card on the page would change: a sibling, the parent model, an author', () => {
    const base = kunci(dunia(), dunia().praktik[0]!);
    const saudara = dunia();
    saudara.praktik[3]!.data.judul = 'Saudara diubah';
    expect(kunci(saudara, saudara.praktik[0]!)).not.toBe(base);
    const induk = dunia();
    induk.model[0]!.data.judul = 'Model diubah';
    expect(kunci(induk, induk.praktik[0]!)).not.toBe(base);
    const penulis = dunia();
    penulis.penulis[0]!.data.nama = 'Nama baru';
    expect(kunci(penulis, penulis.praktik[0]!)).not.toBe(base);
  });

  it('changes on a model page when any of its practices changes', () => {
    const base = kunci(dunia(), dunia().model[0]!);
    const b = dunia();
    b.praktik[7]!.data.judul = 'Terakhir diubah';
    expect(kunci(b, b.model[0]!)).not.toBe(base);
  });
});
