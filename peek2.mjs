import readExcelFile from 'read-excel-file/node';
const sheets = await readExcelFile(process.argv[2]);
for (const s of sheets) { console.log('SHEET', s.sheet, s.data.length); const n=Number(process.argv[3]||4); for (const r of s.data.slice(0, n)) console.log(JSON.stringify(r).slice(0,600)); }
