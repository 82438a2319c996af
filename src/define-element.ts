import {VERSION} from './version.js';

let warnedAboutVersions = false;

/**
 * Registers an element of the library as `tag` in `registry`. A name already taken by this
 * library (loaded twice: two script tags, a bundle and a CDN copy) is left as it is, with a
 * warning when that copy is another version; a host that has an element of that name registers
 * ours as another.
 */
export function defineElement(element: CustomElementConstructor, tag: string, registry: CustomElementRegistry) {
  const existing = registry.get(tag) as (CustomElementConstructor & {version?: string}) | undefined;
  if (!existing) {
    try {
      registry.define(tag, element);
    } catch (error) {
      // A class is registered once per registry: under a second name, it is a subclass.
      if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
      registry.define(tag, class extends element {});
    }
  } else if (existing.version !== VERSION && !warnedAboutVersions) {
    warnedAboutVersions = true;
    const owner = existing.version ? `career-widgets ${existing.version}` : 'another script';
    console.warn(`career-widgets ${VERSION}: <${tag}> is already defined by ${owner}; that definition is kept. Load one copy of career-widgets per page.`);
  }
}
