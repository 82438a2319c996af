import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// dist/career-widgets.js: one minified ES module that registers every element and
// finds its data in dist/data/, beside itself.
export default {
  input: {'career-widgets': 'src/career-widgets.ts'},
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    resolve(),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts', 'components/**/*.ts', 'data/types.ts'],
      exclude: ['**/*.test.ts'],
      noEmit: false,
      declaration: false,
      outDir: 'dist',
    }),
    terser({ecma: 2021, module: true, format: {comments: false}}),
  ],
};
