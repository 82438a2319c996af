import {loadCareer, setDataUrl, inLocale} from '../../src/data.js';

describe('probe2', () => {
  it('self-hosted copy', async () => {
    setDataUrl('/dist/data/');
    for (const id of ['customer-service-representative', 'registered-nurse', 'teller', 'order-clerk', '29-1141', '43-4051.00']) {
      for (const part of ['overview', 'skills', 'related', 'profile', 'technology'] as const) {
        for (const locale of ['en', 'ar', 'ru'] as const) {
          try {
            const d = await loadCareer(id, locale, part);
            if (locale === 'ar') console.log('OK', id, part, locale, d.text.title, JSON.stringify(d.text.langs));
          } catch (e) {
            console.log('FAIL', id, part, locale, (e as Error).message);
          }
        }
      }
    }
    setDataUrl('/src/data/');
    for (const id of ['registered-nurse', '29-1141.00', '29-1141', '29-1141.0', '2914-11', '29-1141.01', '29-114', 'teller']) {
      try {
        const d = await loadCareer(id, 'en', 'overview');
        console.log('ID', id, d.facts.id, d.facts.code, d.text.title);
      } catch (e) {
        console.log('ID FAIL', id, (e as {reason: string}).reason);
      }
    }
    const csr = await loadCareer('customer-service-representative', 'ar', 'profile');
    console.log('CSR ar profile', csr.text.title, JSON.stringify(csr.text.langs));
    const csro = await loadCareer('customer-service-representative', 'ar', 'overview');
    console.log('CSR ar overview', csro.text.title, JSON.stringify(csro.text.langs));
    const rn = await loadCareer('registered-nurse', 'ar', 'overview');
    console.log('RN ar overview', rn.text.title, JSON.stringify(rn.text.langs));
    const rnp = await loadCareer('registered-nurse', 'ar', 'profile');
    console.log('RN ar profile', rnp.text.title, JSON.stringify(rnp.text.langs));
    const rne = await loadCareer('registered-nurse', 'en', 'profile');
    console.log('RN en profile', rne.text.title, JSON.stringify(rne.text.langs));
    const file = await (await fetch('/src/data/registered-nurse/overview.json')).json();
    console.log('inLocale', JSON.stringify(inLocale(file, 'ar').text.langs));
  });
});
