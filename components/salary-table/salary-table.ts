import {SalaryTable} from './salary-table.component.js';

export {SalaryTable};

SalaryTable.define();

declare global {
  interface HTMLElementTagNameMap {
    'salary-table': SalaryTable;
  }
}
