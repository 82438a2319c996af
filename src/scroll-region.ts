import {nothing, type ElementPart} from 'lit';
import {AsyncDirective, directive, PartType, type PartInfo} from 'lit/async-directive.js';

/**
 * A region that scrolls sideways gets `tabindex="0"` so keyboard users can scroll it, only while
 * it actually scrolls: a tab stop on a region that does not scroll is one more stop for nothing
 * (IBM Equal Access, element_tabbable_role_valid). One ResizeObserver serves every region on the
 * page; it watches each region and its content, as either can change width.
 */
class ScrollRegion extends AsyncDirective {
  private region?: HTMLElement;
  private content?: Element | null;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('scrollRegion() goes on an element.');
  }

  render() {
    return nothing;
  }

  override update(part: ElementPart) {
    if (this.region !== part.element) {
      this.stopWatching();
      this.region = part.element as HTMLElement;
      regions.add(this.region);
      resizes().observe(this.region);
    }
    // The content is rendered after this directive runs, and may be a new element each time.
    queueMicrotask(() => this.watchContent());
    return nothing;
  }

  protected override disconnected() {
    this.stopWatching();
  }

  protected override reconnected() {
    if (this.region) resizes().observe(this.region);
    this.watchContent();
  }

  private watchContent() {
    const content = this.region?.firstElementChild;
    if (content === this.content) return;
    if (this.content) resizes().unobserve(this.content);
    this.content = content;
    if (content) resizes().observe(content);
  }

  private stopWatching() {
    if (this.region) resizes().unobserve(this.region);
    if (this.content) resizes().unobserve(this.content);
    this.content = undefined;
  }
}

const regions = new WeakSet<Element>();
let observer: ResizeObserver | undefined;

/** One observer for every region of the page, made when the first region is rendered. */
function resizes(): ResizeObserver {
  observer ??= new ResizeObserver((entries) => {
    for (const {target} of entries) {
      const region = regions.has(target) ? target : target.parentElement;
      if (region) setScrollable(region);
    }
  });
  return observer;
}

function setScrollable(region: Element) {
  if (region.scrollWidth > region.clientWidth) region.setAttribute('tabindex', '0');
  else region.removeAttribute('tabindex');
}

export const scrollRegion = directive(ScrollRegion);
