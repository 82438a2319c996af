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
      this.watch();
    }
    return nothing;
  }

  protected override disconnected() {
    this.stopWatching();
  }

  protected override reconnected() {
    this.watch();
  }

  private watch() {
    if (!this.region) return;
    regions.add(this.region);
    resizes.observe(this.region);
    // The content is rendered after this directive runs: watched once it is there.
    queueMicrotask(() => this.region?.firstElementChild && resizes.observe(this.region.firstElementChild));
  }

  private stopWatching() {
    if (!this.region) return;
    resizes.unobserve(this.region);
    if (this.region.firstElementChild) resizes.unobserve(this.region.firstElementChild);
  }
}

const regions = new WeakSet<Element>();
const resizes = new ResizeObserver((entries) => {
  for (const {target} of entries) {
    const region = regions.has(target) ? target : target.parentElement;
    if (region) setScrollable(region);
  }
});

function setScrollable(region: Element) {
  if (region.scrollWidth > region.clientWidth) region.setAttribute('tabindex', '0');
  else region.removeAttribute('tabindex');
}

export const scrollRegion = directive(ScrollRegion);
