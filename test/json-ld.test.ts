import { describe, expect, it } from 'vitest';
import { edisiBernama } from '../src/data/edisi.ts';
import { jsonLdData, jsonLdEntri } from '../src/lib/json-ld.ts';
import { VERSI_SKEMA } from '../src/lib/opendata.ts';

const dasar = {
  data: { judul: 'SIMPATI', status: 'tinjauan' as const, riwayat: [{ tanggal: '2026-11-28', jenis: 'kecil' as const }, { tanggal: '2024-03-01', jenis: 'besar' as const }] },
  penulis: ['Universitas Gadjah Mada'],
  diperbarui: '2026-11-28',
  catatan: 'Edisi demonstrasi',
  url: 'https://pustaka.example/praktik/simpati/',
  remah: [{ name: 'Beranda', item: 'https://pustaka.example/' }, { name: 'Praktik', item: 'https://pustaka.example/praktik/' }, { name: 'SIMPATI' }],
};

describe('data terstruktur entri (schema.org)', () => {
  it('menurunkan setiap klaim dari data tercatat: terbit pertama dari riwayat tertua, status, penerbit edisi', () => {
    const [artikel, remah] = jsonLdEntri({ ...dasar, edisi: edisiBernama('demonstrasi') }) as [Record<string, unknown>, Record<string, unknown>];
    expect(artikel).toMatchObject({
      '@type': 'Article',
      headline: 'SIMPATI',
      datePublished: '2024-03-01',
      dateModified: '2026-11-28',
      author: [{ '@type': 'Organization', name: 'Universitas Gadjah Mada' }],
      publisher: { '@type': 'Organization' },
      creativeWorkStatus: 'Draft',
      description: 'Edisi demonstrasi',
    });
    expect(remah.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Beranda', item: 'https://pustaka.example/' },
      { '@type': 'ListItem', position: 2, name: 'Praktik', item: 'https://pustaka.example/praktik/' },
      { '@type': 'ListItem', position: 3, name: 'SIMPATI' },
    ]);
  });

  it('hanya edisi resmi yang diterbitkan lembaga pemerintah, dan hanya entri terbit yang Published', () => {
    const [artikel] = jsonLdEntri({ ...dasar, data: { ...dasar.data, status: 'terbit' }, edisi: edisiBernama('resmi'), catatan: undefined }) as [Record<string, unknown>];
    expect(artikel).toMatchObject({ publisher: { '@type': 'GovernmentOrganization', name: 'Kementerian PANRB' }, creativeWorkStatus: 'Published' });
    expect(artikel).not.toHaveProperty('description');
  });
});

describe('data terbuka sebagai Dataset (schema.org)', () => {
  const data = { nama: 'Pustaka: Data terbuka', keterangan: 'Semua entri edisi ini.', url: 'https://pustaka.example/data/', berkas: { csv: 'https://pustaka.example/data/entri.csv', json: 'https://pustaka.example/data/entri.json' } };

  it('menyebut berkas, lisensi, versi skema, penerbit edisi dan tanggal entri terbaru yang dibawa data itu sendiri', () => {
    expect(jsonLdData({ ...data, edisi: edisiBernama('demonstrasi'), diperbarui: '2026-12-07' })).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      version: VERSI_SKEMA,
      dateModified: '2026-12-07',
      publisher: { '@type': 'Organization', name: edisiBernama('demonstrasi').penerbit },
      distribution: [
        { encodingFormat: 'text/csv', contentUrl: 'https://pustaka.example/data/entri.csv' },
        { encodingFormat: 'application/json', contentUrl: 'https://pustaka.example/data/entri.json' },
      ],
    });
  });

  it('tanpa entri tidak mengarang tanggal, dan hanya edisi resmi diterbitkan lembaga pemerintah', () => {
    const d = jsonLdData({ ...data, edisi: edisiBernama('resmi'), diperbarui: null }) as Record<string, unknown>;
    expect(d).not.toHaveProperty('dateModified');
    expect(d).toMatchObject({ publisher: { '@type': 'GovernmentOrganization', name: 'Kementerian PANRB' } });
  });
});
