import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // RAKOR_REACT_PROFILING=1 builds with React's profiling renderer, so <Profiler> reports
  // commit times (bench/typing.ts reads them); the ordinary build is unchanged.
  ...(process.env.RAKOR_REACT_PROFILING === '1' ? { resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } } } : {}),
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
