/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

interface ImportMetaEnv {
  /** The site's published origin, from SITE_URL at build (vite.config.ts). */
  readonly SITE_ORIGIN: string;
}
