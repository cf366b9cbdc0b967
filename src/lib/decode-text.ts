// Bytes of a file to text, for the importer in the browser and on the command
// line alike: UTF-8 (with or without a byte-order mark) and UTF-16 with a BOM
// are read; anything else gets a message saying what the file is instead.

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

/** The largest file read, in bytes: a long interview is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 8_000_000;

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  // Latin text in UTF-16 has a zero byte in every other place.
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  if (oddZeros / pairs > 0.4 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.4 && oddZeros / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function decodeAs(encoding: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error:
        encoding === 'utf-8'
          ? 'the file is not UTF-8 text. Save it as UTF-8 (in most editors: Save as, then Encoding: UTF-8) and try again'
          : `the file says it is ${encoding.toUpperCase()} text but holds invalid characters`,
    };
  }
}

/** The text of a file's bytes, or why it cannot be read as text. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `the file is too large (${bytes.length.toLocaleString('en')} bytes; the limit is ${MAX_FILE_BYTES.toLocaleString('en')})`,
    };
  }
  if (bytes.length === 0) return { ok: false, error: 'the file is empty' };
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(utf16, bytes);
  if (bytes.includes(0)) {
    return {
      ok: false,
      error:
        'the file is not text (it holds binary data: an image, a PDF or a word-processor file?)',
    };
  }
  return decodeAs('utf-8', bytes);
}
