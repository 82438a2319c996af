// dist/embed-resizer.js: include once in a page that embeds dist/embed.html in
// iframes; each iframe then takes the height of its content, with no inner scrollbar.
//   <script src=".../embed-resizer.js" defer></script>
window.addEventListener('message', (event: MessageEvent) => {
  const {type, height} = (event.data ?? {}) as {type?: unknown; height?: unknown};
  if (type !== 'career-widgets:resize' || typeof height !== 'number' || !(height > 0)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});
