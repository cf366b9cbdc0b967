import type { Locator } from '@playwright/test';

/**
 * The contrast ratio (WCAG 2.2, 1.4.11 Non-text Contrast) of a control's
 * boundary: its top border's colour against the colour next to it outside
 * (the nearest ancestor's opaque background) and, where the control paints
 * its own background, inside; the lower of the two. `pseudo` reads a part of
 * the control (`::file-selector-button`). Colours are read as the browser
 * paints them (through a canvas), so `oklch()` and `color-mix()` count as
 * shown. axe checks text, not boundaries: this is what checks those.
 */
export function boundaryContrast(control: Locator, pseudo?: string): Promise<number> {
  return control.evaluate((element, part) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no canvas');
    const rgba = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const linear = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    };
    const opaque = (color: number[]) => (color[3] ?? 0) === 255;
    let outside: number[] = [255, 255, 255, 255];
    for (let at = element.parentElement; at; at = at.parentElement) {
      const background = rgba(getComputedStyle(at).backgroundColor);
      if (opaque(background)) {
        outside = background;
        break;
      }
    }
    const style = getComputedStyle(element, part ?? null);
    const border = rgba(style.borderTopColor);
    const inside = rgba(style.backgroundColor);
    return Math.min(ratio(border, outside), opaque(inside) ? ratio(border, inside) : Infinity);
  }, pseudo);
}
