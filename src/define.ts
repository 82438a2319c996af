import {VERSION} from './version.js';

type VersionedElement = CustomElementConstructor & {version?: string};
type NamedElement = VersionedElement & {readonly tagName: string};

let warnedAboutVersions = false;

/**
 * Registers an element unless its name is taken, so loading the library twice
 * (two script tags, a bundle and a CDN copy) throws nothing. When the name
 * belongs to another version of this library, that version stays and we warn
 * once per copy of the library.
 */
export function defineElement(element: NamedElement) {
  const name = element.tagName;
  const existing = customElements.get(name) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(name, element);
  } else if (existing.version !== VERSION && !warnedAboutVersions) {
    warnedAboutVersions = true;
    console.warn(
      `career-widgets ${VERSION}: <${name}> is already defined by ${existing.version ? `career-widgets ${existing.version}` : 'another script'}; that definition is kept. Load one copy of career-widgets per page.`,
    );
  }
}
