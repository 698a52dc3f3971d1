/** A tiny JPEG whose EXIF records what a phone camera does: an artist, a capture time and a GPS position (for tests). */
export function jpegWithExif(opts: { artist?: string; taken?: string; gps?: boolean }): Uint8Array {
  // TIFF (little-endian) with IFD0 → Exif IFD and GPS IFD; values past 4 bytes go after each IFD.
  const out: number[] = [];
  const u16 = (n: number) => out.push(n & 0xff, (n >> 8) & 0xff);
  const u32 = (n: number) => out.push(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
  const ascii = (s: string) => [...s, '\0'].map((c) => c.charCodeAt(0));
  type Entry = { tag: number; type: number; count: number; data: number[] };
  const ifd = (entries: Entry[], start: number, next = 0) => {
    // Returns the bytes of an IFD placed at `start`, with its out-of-line data after it.
    const body: number[] = [];
    const extra: number[] = [];
    const size = 2 + entries.length * 12 + 4;
    const w16 = (a: number[], n: number) => a.push(n & 0xff, (n >> 8) & 0xff);
    const w32 = (a: number[], n: number) => a.push(n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff);
    w16(body, entries.length);
    for (const e of entries) {
      w16(body, e.tag);
      w16(body, e.type);
      w32(body, e.count);
      if (e.data.length <= 4) body.push(...e.data, ...Array(4 - e.data.length).fill(0));
      else {
        w32(body, start + size + extra.length);
        extra.push(...e.data);
      }
    }
    w32(body, next);
    return [...body, ...extra];
  };
  const rational = (...pairs: [number, number][]) => pairs.flatMap(([a, b]) => [a & 0xff, (a >> 8) & 0xff, 0, 0, b & 0xff, (b >> 8) & 0xff, 0, 0]);
  const long = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  // Layout: header (8) | IFD0 | Exif IFD | GPS IFD — offsets computed in two passes.
  const build = (exifAt: number, gpsAt: number) => {
    const ifd0: Entry[] = [];
    if (opts.artist) ifd0.push({ tag: 0x013b, type: 2, count: opts.artist.length + 1, data: ascii(opts.artist) });
    ifd0.push({ tag: 0x8769, type: 4, count: 1, data: long(exifAt) });
    if (opts.gps) ifd0.push({ tag: 0x8825, type: 4, count: 1, data: long(gpsAt) });
    const a = ifd(ifd0, 8);
    const exif = ifd(opts.taken ? [{ tag: 0x9003, type: 2, count: 20, data: ascii(opts.taken) }] : [], 8 + a.length);
    const gps = opts.gps
      ? ifd([
          { tag: 1, type: 2, count: 2, data: ascii('N') },
          { tag: 2, type: 5, count: 3, data: rational([40, 1], [26, 1], [46, 1]) },
          { tag: 3, type: 2, count: 2, data: ascii('W') },
          { tag: 4, type: 5, count: 3, data: rational([79, 1], [58, 1], [56, 1]) },
        ], 8 + a.length + exif.length)
      : [];
    return { a, exif, gps };
  };
  let { a, exif } = build(0, 0);
  ({ a, exif } = build(8 + a.length, 8 + a.length + exif.length));
  const { gps } = build(8 + a.length, 8 + a.length + exif.length);
  out.push(0x49, 0x49, 0x2a, 0x00);
  u32(8);
  out.push(...a, ...exif, ...gps);
  const tiff = out.splice(0);
  const app1 = [...ascii('Exif'), 0, ...tiff];
  out.push(0xff, 0xd8, 0xff, 0xe1);
  out.push(((app1.length + 2) >> 8) & 0xff, (app1.length + 2) & 0xff);
  out.push(...app1, 0xff, 0xd9);
  void u16;
  return new Uint8Array(out);
}
