// Debian's Chromium, as every browser test here launches it. As root it needs
// --no-sandbox; without the background-networking flags it floods the closed network.
// Headless Chromium 156 also loads its omnibox popup (a WebUI app) in every new window,
// which competes with the page under test for this machine's two cores: it is switched off.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
