import {css} from 'lit';

/**
 * The look every widget shares. Colours are custom properties on :host with
 * light and dark values (light-dark() follows prefers-color-scheme; a `theme`
 * attribute of `light` or `dark` overrides it). Sizes are in em so widgets
 * scale with the host's text, and only logical properties are used so that
 * right-to-left locales lay out correctly.
 */
export const widgetStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
    --_accent: var(--career-accent, light-dark(#0b57a4, #8cc4ff));
    --_text: var(--career-text, light-dark(#1d2329, #e8ecf0));
    --_muted: var(--career-muted, light-dark(#525d69, #b3bcc6));
    --_surface: var(--career-surface, light-dark(#ffffff, #1a1e23));
    --_border: var(--career-border, light-dark(#ccd3da, #444c56));
    --_radius: var(--career-radius, 0.5em);
    font-family: var(--career-font-family, inherit);
    line-height: 1.5;
    text-align: start;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  .widget {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em 1.25em;
    overflow-wrap: break-word;
  }
  .heading {
    color: var(--_accent);
    font-size: 1.25em;
    line-height: 1.3;
    margin-block: 0 0.5em;
  }
  .subheading {
    font-size: 1.05em;
    margin-block-start: 1em;
  }
  p,
  ul,
  dl {
    margin-block: 0 0.75em;
  }
  .status,
  .sources,
  .note,
  .year {
    color: var(--_muted);
  }
  .sources,
  .note {
    font-size: 0.875em;
  }
  .sources {
    margin-block-end: 0;
  }
  .attribution {
    margin-block-start: 0.5em;
  }
  .error,
  .notice {
    border-inline-start: 0.25em solid var(--_accent);
    padding-inline-start: 0.75em;
  }
  .notice {
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .widget {
      border-color: CanvasText;
    }
  }
  /* On paper: no box chrome, links followed by their addresses, and rows, items and
     figures kept whole, with headings kept with what follows them. */
  @media print {
    :host {
      color-scheme: light;
    }
    .widget {
      border: none;
      padding: 0;
      background: none;
    }
    a {
      color: inherit;
    }
    a[href^='http']::after,
    a[href^='/']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .heading {
      break-after: avoid;
    }
    li,
    dl > div,
    figure,
    caption {
      break-inside: avoid;
    }
  }
`;
