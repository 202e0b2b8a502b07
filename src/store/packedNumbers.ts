// Typed arrays as base64 text for the store file: an index's numbers are parsed as one string
// each, not number by number. Little-endian, as every platform Node runs on.
export type TypedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;

export const pack = (array: TypedArray): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");

/**
 * The numbers packed in `text`, or null when its byte length does not fit whole elements. A large
 * decoded buffer is read in place; a small one, which Node may place unaligned in its pool, is copied.
 */
function unpack<T extends TypedArray>(text: string, make: (bytes: ArrayBuffer, offset: number, length: number) => T, bytesPer: number): T | null {
  const bytes = Buffer.from(text, "base64");
  if (bytes.byteLength % bytesPer !== 0) return null;
  const length = bytes.byteLength / bytesPer;
  if (bytes.byteOffset % bytesPer === 0) return make(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 0, length);
}

export const int32s = (text: string): Int32Array | null => unpack(text, (b, offset, length) => new Int32Array(b, offset, length), 4);
export const uint32s = (text: string): Uint32Array | null => unpack(text, (b, offset, length) => new Uint32Array(b, offset, length), 4);
export const uint16s = (text: string): Uint16Array | null => unpack(text, (b, offset, length) => new Uint16Array(b, offset, length), 2);
export const uint8s = (text: string): Uint8Array | null => unpack(text, (b, offset, length) => new Uint8Array(b, offset, length), 1);
export const float64s = (text: string): Float64Array | null => unpack(text, (b, offset, length) => new Float64Array(b, offset, length), 8);
