import { gunzipSync, gzipSync } from 'node:zlib';
import { featureSetVersion } from './features.ts';
import { labelCount } from './labels.ts';
import { type Lexicon, lexiconFromLists } from './lexicon.ts';

/** A trained tagger: hashed feature weights, label transitions and the word lists its features read. */
export interface TaggerModel {
  /** The weight table has `2 ** bits` rows of `labelCount` weights. */
  readonly bits: number;
  readonly weights: Float32Array;
  /** `(labelCount + 1) × labelCount`; row 0 is the sentence start, row `p + 1` follows label `p`. */
  readonly transitions: Float32Array;
  readonly lexicon: Lexicon;
  /** The weights as the model file holds them, when read from one (see `quantiseWeights`). */
  readonly quantised?: QuantisedWeights;
}

/**
 * Weights as whole steps of one float32 scale: weight `i` is `steps[i] × scale`. A sum of steps is
 * an exact integer, and times the scale still exact in a double, so scores summed this way are
 * the exact sums of the stored weights, rounded once.
 */
export interface QuantisedWeights {
  readonly scale: number;
  readonly steps: Int16Array;
}

/** The model file is missing, cannot be read, or was trained for other features or labels. */
export class ModelFileError extends Error {
  constructor(
    detail: string,
    readonly code: 'entities/model-missing' | 'entities/model-format' = 'entities/model-format',
  ) {
    super(`Entity model file: ${detail}`);
    this.name = 'ModelFileError';
  }
}

const magic = 0x52454e43; // "CNER" read little-endian
const formatVersion = 1;
/** Weights are stored as 16-bit integers times one scale: ample precision at half the size. */
const quantisationSteps = 32767;

/** Growable little-endian byte buffer for writing the model. */
class ByteWriter {
  private bytes = new Uint8Array(1 << 20);
  private view = new DataView(this.bytes.buffer);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes);
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }
  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }
  f32(value: number): void {
    this.reserve(4);
    this.view.setFloat32(this.length, value, true);
    this.length += 4;
  }
  i16(value: number): void {
    this.reserve(2);
    this.view.setInt16(this.length, value, true);
    this.length += 2;
  }
  varint(value: number): void {
    this.reserve(5);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }
  raw(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

class ByteReader {
  private readonly view: DataView;
  offset = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(count: number): void {
    if (this.offset + count > this.bytes.length) throw new ModelFileError('truncated');
  }
  u32(): number {
    this.need(4);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }
  f32(): number {
    this.need(4);
    const value = this.view.getFloat32(this.offset, true);
    this.offset += 4;
    return value;
  }
  i16(): number {
    this.need(2);
    const value = this.view.getInt16(this.offset, true);
    this.offset += 2;
    return value;
  }
  varint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      this.need(1);
      const byte = this.bytes[this.offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      if (shift > 28) throw new ModelFileError('bad varint');
    }
  }
  raw(count: number): Uint8Array {
    this.need(count);
    const chunk = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return chunk;
  }
}

/**
 * The steps and scale a model file stores for `weights`, as `encodeModel` writes them. The largest
 * weight becomes the largest step; the scale is rounded to float32, as the file holds it.
 */
export function quantiseWeights(weights: Float32Array): QuantisedWeights {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? largest / quantisationSteps : 1;
  const steps = new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index++) steps[index] = Math.round(weights[index]! / scale);
  return { scale: Math.fround(scale), steps };
}

/**
 * Serialises a model: a header, the transitions, the rows of the weight table that are not all
 * zero (row gaps as varints, weights quantised to int16), then the word lists as JSON; all gzipped.
 */
export function encodeModel(model: TaggerModel): Uint8Array {
  const writer = new ByteWriter();
  const { bits, transitions, lexicon } = model;
  const { scale, steps } = quantiseWeights(model.weights);
  const rows: number[] = [];
  for (let row = 0; row < 2 ** bits; row++) {
    for (let label = 0; label < labelCount; label++) {
      if (steps[row * labelCount + label] !== 0) {
        rows.push(row);
        break;
      }
    }
  }
  for (const value of [magic, formatVersion, featureSetVersion, bits, labelCount]) writer.u32(value);
  writer.f32(scale);
  for (const weight of transitions) writer.f32(weight);
  writer.u32(rows.length);
  let previous = 0;
  for (const row of rows) {
    writer.varint(row - previous);
    previous = row;
  }
  for (const row of rows) {
    for (let label = 0; label < labelCount; label++) {
      writer.i16(steps[row * labelCount + label]!);
    }
  }
  const lists = {
    names: [...lexicon.phrases].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    common: [...lexicon.commonWords].sort(),
  };
  const json = new TextEncoder().encode(JSON.stringify(lists));
  writer.u32(json.length);
  writer.raw(json);
  return gzipSync(writer.result(), { level: 9 });
}

export function decodeModel(file: Uint8Array): TaggerModel {
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(file);
  } catch {
    throw new ModelFileError('not gzip data');
  }
  const reader = new ByteReader(bytes);
  if (reader.u32() !== magic) throw new ModelFileError('not an entity model');
  const version = reader.u32();
  if (version !== formatVersion) throw new ModelFileError(`format ${version}, expected ${formatVersion}`);
  const features = reader.u32();
  if (features !== featureSetVersion) {
    throw new ModelFileError(`trained for feature set ${features}, code has ${featureSetVersion}; retrain`);
  }
  const bits = reader.u32();
  const labels = reader.u32();
  if (labels !== labelCount || bits < 1 || bits > 26) throw new ModelFileError('unexpected table shape');
  const scale = reader.f32();
  const transitions = new Float32Array((labelCount + 1) * labelCount);
  for (let index = 0; index < transitions.length; index++) transitions[index] = reader.f32();
  const rowCount = reader.u32();
  const rows = new Uint32Array(rowCount);
  let row = 0;
  for (let index = 0; index < rowCount; index++) {
    row += reader.varint();
    rows[index] = row;
  }
  const weights = new Float32Array(2 ** bits * labelCount);
  const steps = new Int16Array(weights.length);
  for (const at of rows) {
    if (at >= 2 ** bits) throw new ModelFileError('row out of range');
    for (let label = 0; label < labelCount; label++) {
      const step = reader.i16();
      steps[at * labelCount + label] = step;
      weights[at * labelCount + label] = step * scale;
    }
  }
  const json = new TextDecoder().decode(reader.raw(reader.u32()));
  const lists = JSON.parse(json) as { names: Array<[string, number]>; common: string[] };
  const lexicon = lexiconFromLists(lists.names, lists.common);
  return { bits, weights, transitions, lexicon, quantised: { scale, steps } };
}
