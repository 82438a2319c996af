import {expect, fixture, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {SalaryTable} from '../../components/salary-table/salary-table.component.js';
import {VERSION} from '../../src/version.js';
import {CSR, shadow, textOf, textsOf} from '../helpers.js';

/** Runs `body` with console.warn recorded. */
function warningsOf(body: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('static define(tag, registry)', () => {
  it('does nothing when the same version is loaded twice', () => {
    expect(customElements.get('salary-table')).to.equal(SalaryTable);
    const warnings = warningsOf(() => {
      expect(() => SalaryTable.define()).not.to.throw();
      expect(() => SalaryTable.define('salary-table')).not.to.throw();
    });
    expect(warnings).to.have.length(0);
  });

  it('keeps the first definition and warns once when another version has the name', () => {
    class OtherVersion extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('career-widget-test-element', OtherVersion);
    const warnings = warningsOf(() => {
      SalaryTable.define('career-widget-test-element');
      SalaryTable.define('career-widget-test-element');
    });
    expect(customElements.get('career-widget-test-element')).to.equal(OtherVersion);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.contain(`career-widgets ${VERSION}: <career-widget-test-element> is already defined by career-widgets 0.0.1`);
  });

  it('registers the element under another name, for a host that has its own <salary-table>', async () => {
    SalaryTable.define('acme-wages');
    const el = await fixture<HTMLElement>(html`<acme-wages career=${CSR} lang="en"></acme-wages>`);
    await waitUntil(() => shadow(el).querySelector('tbody tr'), 'the renamed element did not render its table', {timeout: 5000});
    expect(el instanceof SalaryTable).to.equal(true);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Wages: Customer Service Representative');
    expect(textsOf(shadow(el), 'tbody tr:first-child > *')).to.deep.equal(['10th percentile', '$31,750', '$15.27']);
  });

  it('registers in the registry it is given', () => {
    const defined: [string, CustomElementConstructor][] = [];
    const registry = {get: () => undefined, define: (name: string, element: CustomElementConstructor) => defined.push([name, element])} as unknown as CustomElementRegistry;
    SalaryTable.define('scoped-salary-table', registry);
    expect(defined.map(([name]) => name)).to.deep.equal(['scoped-salary-table']);
    expect(defined[0][1] === SalaryTable || defined[0][1].prototype instanceof SalaryTable).to.equal(true);
  });
});
