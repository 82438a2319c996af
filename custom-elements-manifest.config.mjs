// `npm run manifest`: custom-elements.json, the manifest of every element's attributes,
// properties, events, CSS parts and custom properties, for editors and docs tools.
export default {
  globs: ['src/career-widget.ts', 'src/finder-widget.ts', 'src/events.ts', 'components/*/*.component.ts'],
  exclude: ['**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
