/**
 * Why a tag's opening could not be read. MDX fails `<Catatan jenis=“penting”>` at its `<`, with
 * the same words as for `anak <5 tahun`; the advice for that one, "write \<", would delete the
 * component. What is wrong lies in the attributes: quotes from a word processor, a `"` inside a
 * value, or a value without quotes.
 */

/** Quotes a word processor writes in place of `"` and `'`. */
const KUTIP_LENGKUNG = /[“”„‟‘’‚‛«»″]/u;

export interface TagTakTerbaca {
  /** Offset of the character at fault, in the source. */
  offset: number;
  message: string;
}

/**
 * The fault in the tag that opens at `offset` (its `<`), if it is one of those; undefined for a
 * `<` that does not start a tag name, or a tag whose attributes read fine.
 */
export function tagTakTerbaca(source: string, offset: number): TagTakTerbaca | undefined {
  const nama = /^<([A-Za-z][\w.-]*)/.exec(source.slice(offset, offset + 100))?.[1];
  if (!nama) return undefined;
  // The attributes may run over several lines, but not past a blank one.
  const blok = source.slice(offset).search(/\n[ \t]*\r?\n/);
  const akhir = blok < 0 ? source.length : offset + blok;
  let i = offset + 1 + nama.length;
  const spasi = () => {
    while (i < akhir && /\s/.test(source[i]!)) i++;
  };
  for (;;) {
    spasi();
    if (i >= akhir || source[i] === '>' || source[i] === '/') return undefined;
    const atribut = /^[A-Za-z_:][\w:.-]*/.exec(source.slice(i, akhir))?.[0];
    if (!atribut) return undefined;
    i += atribut.length;
    spasi();
    if (source[i] !== '=') continue;
    i++;
    spasi();
    const kutip = source[i];
    if (kutip === '"' || kutip === "'") {
      const tutup = source.indexOf(kutip, i + 1);
      if (tutup < 0 || tutup >= akhir) return undefined;
      i = tutup + 1;
      if (i < akhir && !/[\s/>]/.test(source[i]!)) {
        return {
          offset: tutup,
          message: `nilai atribut ${atribut} pada <${nama}> memuat tanda kutip ${kutip} di dalamnya, sehingga nilainya terpotong di sini; hapus tanda kutip di dalam nilai, atau pakai tanda kutip ${kutip === '"' ? "tunggal '…'" : 'ganda "…"'} di dalamnya`,
        };
      }
      continue;
    }
    if (kutip !== undefined && KUTIP_LENGKUNG.test(kutip)) {
      const sisa = source.slice(i + 1, akhir);
      const tutup = sisa.search(KUTIP_LENGKUNG);
      const nilai = tutup < 0 ? /^[^\s>/]*/.exec(sisa)![0] : sisa.slice(0, tutup);
      return {
        offset: i,
        message: `nilai atribut ${atribut} pada <${nama}> diapit tanda kutip lengkung ${kutip} (biasanya dari Word atau Google Docs); ketik ulang dengan tanda kutip lurus ", mis. ${atribut}="${nilai}"`,
      };
    }
    if (kutip === '{') return undefined;
    const nilai = /^[^\s>/]*/.exec(source.slice(i, akhir))![0];
    return { offset: i, message: `nilai atribut ${atribut} pada <${nama}> harus diapit tanda kutip lurus ", mis. ${atribut}="${nilai}"` };
  }
}
