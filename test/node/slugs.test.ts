// Readable ids from O*NET titles: the head nouns singular, as the first six ids were.
import assert from 'node:assert/strict';
import {it} from 'node:test';
import {assignIds, slugFor} from '../../src/slugs.js';

const IDS: [string, string][] = [
  ['Registered Nurses', 'registered-nurse'],
  ['Customer Service Representatives', 'customer-service-representative'],
  ['Retail Salespersons', 'retail-salesperson'],
  ['Secretaries and Administrative Assistants, Except Legal, Medical, and Executive', 'secretary-and-administrative-assistant-except-legal-medical-and-executive'],
  ['Appraisers and Assessors of Real Estate', 'appraiser-and-assessor-of-real-estate'],
  ['Credit Authorizers, Checkers, and Clerks', 'credit-authorizer-checker-and-clerk'],
  ['Derrick Operators, Oil and Gas', 'derrick-operator-oil-and-gas'],
  ['Waiters and Waitresses', 'waiter-and-waitress'],
  ['Automotive Service Technicians and Mechanics', 'automotive-service-technician-and-mechanic'],
  ['Nurse Midwives', 'nurse-midwife'],
  ['Paramedics', 'paramedic'],
  ['Baristas', 'barista'],
  ['Avionics Technicians', 'avionics-technician'],
  ['Driver/Sales Workers', 'driver-sales-worker'],
];

for (const [title, id] of IDS) {
  it(`“${title}” → ${id}`, () => assert.equal(slugFor(title), id));
}

it('keeps the curated ids, and gives titles that make the same id their codes', () => {
  const ids = assignIds(
    new Map([
      ['43-4121.00', 'Library Assistants, Clerical'],
      ['11-1111.00', 'Tellers'],
      ['11-1111.01', 'Tellers'],
    ]),
    new Map([['43-4121.00', 'library-assistant']]),
  );
  assert.deepEqual([...ids], [
    ['43-4121.00', 'library-assistant'],
    ['11-1111.00', 'teller-11-1111-00'],
    ['11-1111.01', 'teller-11-1111-01'],
  ]);
});
