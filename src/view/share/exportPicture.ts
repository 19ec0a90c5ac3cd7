/**
 * Exports the canvas as a standalone SVG (styles inlined, buttons removed) or a PNG for slides.
 * Text is copied as DOM text nodes and serialised by XMLSerializer, so names from user YAML stay text.
 */
const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-decoration',
] as const;

export function standaloneSvg(svg: SVGSVGElement): string {
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
    copy.removeAttribute('class');
    copy.removeAttribute('style');
  });
  const box = svg.viewBox.baseVal;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width));
  clone.setAttribute('height', String(box.height));
  // CSSOM, not a style attribute: a strict style-src CSP refuses the latter.
  clone.style.background = getComputedStyle(document.body).backgroundColor;
  return new XMLSerializer().serializeToString(clone);
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rasterises the standalone SVG at 2× (sharp on projectors). Rejects where a CSP forbids blob: images. */
export function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no 2D canvas'));
      context.scale(2, 2);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the picture could not be rendered (this page’s security policy may block it)'));
    };
    image.src = url;
  });
}
