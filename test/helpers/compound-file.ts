/** Old-Office (CFB/OLE2) containers for input tests: .xls, .doc and password-protected files. */

export /** A minimal Compound File: header, one FAT sector, one directory sector with the given streams. */
function compoundFile(streams: string[], options: { breakFat?: boolean } = {}): Buffer {
  const sector = 512;
  const out = Buffer.alloc(sector * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 0x18);
  out.writeUInt16LE(3, 0x1a);
  out.writeUInt16LE(0xfffe, 0x1c);
  out.writeUInt16LE(9, 0x1e);
  out.writeUInt16LE(6, 0x20);
  out.writeUInt32LE(1, 0x2c); // one FAT sector
  out.writeUInt32LE(1, 0x30); // directory starts at sector 1
  out.writeUInt32LE(4096, 0x38);
  out.writeUInt32LE(0xfffffffe, 0x3c);
  out.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i += 1) out.writeUInt32LE(0xffffffff, 0x4c + i * 4);
  out.writeUInt32LE(options.breakFat ? 0x7fffffff : 0, 0x4c); // FAT in sector 0
  const fat = sector;
  for (let i = 0; i < 128; i += 1) out.writeUInt32LE(0xffffffff, fat + i * 4);
  out.writeUInt32LE(0xfffffffd, fat); // sector 0: FAT
  out.writeUInt32LE(0xfffffffe, fat + 4); // sector 1: end of the directory chain
  ['Root Entry', ...streams].forEach((name, i) => {
    const entry = sector * 2 + i * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(out, entry);
    out.writeUInt16LE((name.length + 1) * 2, entry + 0x40);
    out.writeUInt8(i === 0 ? 5 : 2, entry + 0x42);
  });
  return out;
}
