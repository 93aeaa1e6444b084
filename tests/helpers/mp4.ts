// A tiny but well-formed MP4 container (ftyp + empty moov boxes): file-type, which Payload uses to
// check an upload's real format, recognises it as video/mp4. Built here, so no video file from
// elsewhere is needed in the repository.
const box = (type: string, payload: Buffer) => {
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + payload.length, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, payload])
}

export function tinyMp4(): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.concat([
      Buffer.from('isom', 'latin1'),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from('isomiso2avc1mp41', 'latin1'),
    ]),
  )
  const mvhd = Buffer.alloc(100)
  mvhd.writeUInt32BE(1000, 12) // timescale
  mvhd.writeUInt32BE(0x00010000, 20) // rate 1.0
  mvhd.writeUInt16BE(0x0100, 24) // volume 1.0
  mvhd.writeUInt32BE(0x00010000, 36) // matrix
  mvhd.writeUInt32BE(0x00010000, 52)
  mvhd.writeUInt32BE(0x40000000, 68)
  mvhd.writeUInt32BE(2, 96) // next track id
  return Buffer.concat([ftyp, box('moov', box('mvhd', mvhd))])
}
