import sharp from 'sharp';

/** The AT Protocol's size limit for a link card's thumb blob. */
export const BLUESKY_BLOB_LIMIT = 1_000_000;

/** An image ready to upload. */
export interface ImageBytes {
  bytes: Uint8Array<ArrayBuffer>;
  mime: string;
}

/**
 * The image as it is when it fits in `limit` bytes; else re-encoded as JPEG at falling quality, then
 * at falling width, until it fits. Throws when even the smallest try does not (names `label`).
 */
export async function fitImage(image: ImageBytes, limit: number, label: string): Promise<ImageBytes> {
  if (image.bytes.length <= limit) return image;
  for (const width of [undefined, 960, 720, 480]) {
    for (const quality of [85, 75, 65, 50, 35]) {
      const pipeline = sharp(image.bytes).flatten({ background: '#ffffff' });
      const out = await (width ? pipeline.resize({ width }) : pipeline).jpeg({ quality, mozjpeg: true }).toBuffer();
      if (out.length <= limit) return { bytes: new Uint8Array(out), mime: 'image/jpeg' };
    }
  }
  throw new Error(`${label}: cannot bring the image under ${limit} bytes`);
}
