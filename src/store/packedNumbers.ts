// Typed arrays as base64 text for the store file: an index's numbers are parsed as one string
// each, not number by number. Little-endian, as every platform Node runs on.
export type TypedArray = Int32Array | Uint32Array | Uint16Array;

export const pack = (array: TypedArray): string => Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");

/** The numbers packed in `text`, or null when its byte length does not fit whole elements. */
function unpack<T extends TypedArray>(text: string, make: (bytes: ArrayBuffer) => T, bytesPer: number): T | null {
  const bytes = Buffer.from(text, "base64");
  if (bytes.byteLength % bytesPer !== 0) return null;
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export const int32s = (text: string): Int32Array | null => unpack(text, (b) => new Int32Array(b), 4);
export const uint32s = (text: string): Uint32Array | null => unpack(text, (b) => new Uint32Array(b), 4);
export const uint16s = (text: string): Uint16Array | null => unpack(text, (b) => new Uint16Array(b), 2);
