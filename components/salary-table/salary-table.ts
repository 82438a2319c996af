import {defineElement} from '../../src/define.js';
import {SalaryTable} from './salary-table.component.js';

export {SalaryTable};

defineElement(SalaryTable);

declare global {
  interface HTMLElementTagNameMap {
    'salary-table': SalaryTable;
  }
}
