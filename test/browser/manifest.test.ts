// custom-elements.json (npm run manifest) against the elements themselves: the attributes each
// one observes, with the properties they set, and the CSS parts it renders are the ones the
// manifest lists.
import {expect} from '@open-wc/testing';
import type {Attribute, CustomElementDeclaration, Package} from 'custom-elements-manifest';
import type {PropertyDeclaration, ReactiveElement} from 'lit';
import {html, unsafeStatic} from 'lit/static-html.js';
import {TAGS} from '../../src/index.js';
import {CSR, settle, shadow} from '../helpers.js';

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
    const declaration = declarations.find(({tagName}) => tagName === tag);

    it(`lists the attributes <${tag}> observes, with the properties they set`, () => {
      const listed = Object.fromEntries(((declaration?.attributes ?? []) as Attribute[]).map(({name, fieldName}) => [name, fieldName]));
      expect(listed).to.deep.equal(attributesOf(tag));
      const observed = (customElements.get(tag) as unknown as {observedAttributes: string[]}).observedAttributes;
      expect(Object.keys(listed).filter((name) => name !== 'lang').sort()).to.deep.equal([...observed].sort());
    });

    it(`lists the CSS parts <${tag}> renders for a career`, async () => {
      const element = unsafeStatic(tag);
      const el = await settle<HTMLElement>(html`<${element} career=${CSR} lang="en"></${element}>`);
      const rendered = new Set([...shadow(el).querySelectorAll('[part]')].flatMap((part) => part.getAttribute('part')!.split(' ')));
      expect([...rendered].filter((part) => !declaration?.cssParts?.some(({name}) => name === part))).to.deep.equal([]);
      expect(rendered.size).to.be.greaterThan(0);
    });
  }
});
