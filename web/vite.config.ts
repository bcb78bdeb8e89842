/** The web workbench: built from web/ into dist/web/, which `dossier serve` serves at `/`. */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [preact()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The server's CSP allows only its own files: no inline scripts, no data: modules.
    assetsInlineLimit: 0,
    // vis-timeline alone is about 600 kB; it is a chunk of its own, loaded by the Timeline view only.
    chunkSizeWarningLimit: 700,
  },
});
