import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/define.js';
import {VERSION} from '../../src/version.js';
import {SalaryTable} from '../../components/salary-table/salary-table.component.js';
import '../../src/career-widgets.js';

describe('defineElement', () => {
  it('does nothing when the same version is loaded twice', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement(class extends SalaryTable {})).not.to.throw();
      expect(warnings).to.have.length(0);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the first definition and warns once when another version registers the same names', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class OtherVersion extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('career-widget-test-element', OtherVersion);
      class NewVersion extends HTMLElement {
        static tagName = 'career-widget-test-element';
        static version = VERSION;
      }
      defineElement(NewVersion);
      defineElement(NewVersion);
      expect(customElements.get('career-widget-test-element')).to.equal(OtherVersion);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('already defined by career-widgets 0.0.1');
    } finally {
      console.warn = warn;
    }
  });
});
