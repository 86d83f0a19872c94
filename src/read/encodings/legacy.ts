// The legacy Vietnamese single-byte decoders, each returning NFC text.
import iconv from 'iconv-lite';
import { decodeVni } from './vni.ts';

export interface LegacyDecoder {
  /** The name RawDoc.encoding reports. */
  name: string;
  decode(bytes: Buffer): string;
}

const viaIconv = (name: string, iconvName: string): LegacyDecoder => ({
  name,
  decode: (bytes) => iconv.decode(bytes, iconvName).normalize('NFC'),
});

/** Order breaks ties between equally plausible decodings: the commonest encodings in old Vietnamese web pages first. */
export const LEGACY_DECODERS: readonly LegacyDecoder[] = [
  viaIconv('tcvn3', 'tcvn'),
  { name: 'vni', decode: decodeVni },
  viaIconv('windows-1258', 'windows1258'),
  viaIconv('viscii', 'viscii'),
];
