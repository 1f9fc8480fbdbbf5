/**
 * SVG → PNG in the renderer: the SVG (with its font embedded) as a data:
 * URL image (the CSP allows img-src data:, not blob:), drawn on a canvas at
 * the chosen scale (an SVG is re-rasterised at that size, so 2× is sharp,
 * not enlarged), then encoded by the canvas.
 */

/** UTF-8 bytes → base64, in chunks (String.fromCharCode cannot take megabytes at once). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

export async function blobToBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** Canvas limits in Chromium: 32,767 px a side, ~268 million pixels. */
const MAX_SIDE = 32_767;
const MAX_PIXELS = 268_000_000;

/** PNG bytes (base64) of an SVG of `width`×`height` CSS px drawn at `scale`. */
export async function svgToPngBase64(svg: string, width: number, height: number, scale: number): Promise<string> {
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
    throw new Error(`Ảnh ${w}×${h} điểm ảnh quá lớn: hãy chọn tỉ lệ nhỏ hơn hoặc khổ trang nhỏ hơn.`);
  }
  const image = new Image(w, h);
  image.src = `data:image/svg+xml;base64,${textToBase64(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Trình duyệt không vẽ được ảnh (canvas 2D).');
  context.drawImage(image, 0, 0, w, h);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('Không mã hoá được ảnh PNG.');
  return blobToBase64(blob);
}
