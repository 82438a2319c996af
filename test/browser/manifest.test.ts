// custom-elements.json (npm run manifest) against the elements themselves: the attributes each
// one observes, and the properties they set, are the ones the manifest lists.
import {expect} from '@open-wc/testing';
import type {Attribute, CustomElementDeclaration, Package} from 'custom-elements-manifest';
import type {PropertyDeclaration, ReactiveElement} from 'lit';
import {TAGS} from '../../src/index.js';
// Defines every element.
import '../helpers.js';

const manifest: Package = await (await fetch('/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as CustomElementDeclaration[]);

/** Each attribute the element reacts to, with the property it sets: Lit's, and `lang`, which the widgets watch on every ancestor too. */
function attributesOf(tag: string): Record<string, string> {
  const element = customElements.get(tag) as unknown as typeof ReactiveElement;
  const attributes: Record<string, string> = {lang: 'lang'};
  for (const [property, {attribute, state}] of element.elementProperties as Map<string, PropertyDeclaration & {state?: boolean}>) {
    if (state || attribute === false) continue;
    attributes[typeof attribute === 'string' ? attribute : String(property).toLowerCase()] = String(property);
  }
  return attributes;
}

describe('custom-elements.json', () => {
  for (const tag of TAGS) {
    it(`lists the attributes <${tag}> observes, with the properties they set`, () => {
      const declaration = declarations.find(({tagName}) => tagName === tag);
      const listed = Object.fromEntries(((declaration?.attributes ?? []) as Attribute[]).map(({name, fieldName}) => [name, fieldName]));
      expect(listed).to.deep.equal(attributesOf(tag));
      expect(Object.keys(listed).filter((name) => name !== 'lang').sort()).to.deep.equal([...(customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes].sort());
    });
  }
});
