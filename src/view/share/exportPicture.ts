/**
 * Exports the canvas as a standalone SVG (styles inlined, buttons removed) or a PNG for slides.
 * Text is copied as DOM text nodes and serialised by XMLSerializer, so names from user YAML stay text.
 */
import { TextError } from '../../i18n/text';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-decoration',
] as const;
const RECT_GEOMETRY = ['x', 'y', 'width', 'height'] as const;

/**
 * The canvas (a box holding the Node's <svg> and one <svg> per Pod; buttons are HTML beside them and
 * are left out) as one SVG document: each part is
 * nested at its place in the Node's user units (PodCanvas puts them in data-width/-height, data-x/-y).
 */
export function standaloneSvg(canvas: HTMLElement): { text: string; width: number; height: number } {
  const width = Number(canvas.dataset.width) || 0;
  const height = Number(canvas.dataset.height) || 0;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  // CSSOM, not a style attribute: a strict style-src CSP refuses the latter.
  root.style.background = getComputedStyle(document.body).backgroundColor;
  for (const part of canvas.querySelectorAll<SVGSVGElement>('svg.node-layer, svg.pod-svg')) {
    const copy = inlinedCopy(part);
    const box = part.viewBox.baseVal;
    copy.setAttribute('x', part.dataset.x ?? '0');
    copy.setAttribute('y', part.dataset.y ?? '0');
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    root.append(copy);
  }
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A copy of one <svg> with its computed styles written as presentation attributes. */
function inlinedCopy(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('foreignObject').forEach((node) => node.remove());
  // Computed styles of the live drawing, in the same document order as the clone's elements.
  const live = [svg, ...svg.querySelectorAll('*')].filter((el) => !el.closest('foreignObject'));
  const copies = [clone, ...clone.querySelectorAll('*')];
  live.forEach((element, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(element);
    for (const prop of STYLE_PROPS) copy.setAttribute(prop, computed.getPropertyValue(prop));
    // A rect's geometry can come from CSS (collapsed namespace layers); elsewhere x/y are not CSS.
    if (element instanceof SVGRectElement)
      for (const prop of RECT_GEOMETRY) copy.setAttribute(prop, computed.getPropertyValue(prop));
    copy.removeAttribute('class');
    copy.removeAttribute('style');
    copy.removeAttribute('data-x');
    copy.removeAttribute('data-y');
  });
  return clone;
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Rasterises the standalone SVG at 2× (sharp on projectors). Through an <img> from a blob: URL: Chromium
 * decodes SVG only as an image (createImageBitmap refuses an SVG blob), so the CSP must allow blob: images
 * (README "Serving"); where it does not, rejects with a message in the reader's language.
 */
export function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      if (context) {
        context.scale(2, 2);
        context.drawImage(image, 0, 0, width, height);
      }
      URL.revokeObjectURL(url);
      if (!context) return reject(new TextError({ key: 'share.noCanvas' }));
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new TextError({ key: 'share.pngNotEncoded' }))),
        'image/png',
      );
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new TextError({ key: 'share.pictureNotRendered' }));
    };
    image.src = url;
  });
}
