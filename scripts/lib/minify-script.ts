import { minifySync } from 'rolldown/utils';

/**
 * An inline script of the prerendered pages minified as Vite minifies the app's code (Oxc's
 * minifier, through Rolldown, Vite's bundler): the boot and head scripts are written out from
 * functions' source text (src/lib/landing.ts), with its names, spaces and comments, on every
 * page. The page's Content-Security-Policy allows the minified text by its hash.
 */
export function minifyScript(source: string): string {
  const result = minifySync('inline-script.js', source, { compress: true, mangle: true });
  if (result.errors.length > 0) {
    throw new Error(
      `an inline script does not minify: ${result.errors.map((e) => e.message).join('; ')}`,
    );
  }
  return result.code.trim();
}
