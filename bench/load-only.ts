import ExcelJS from 'exceljs';

/** The baseline: exceljs loading the file into its workbook model, and nothing else. */
async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(process.argv[2]);
  let rows = 0;
  workbook.eachSheet((ws) => (rows += ws.rowCount));
  process.stdout.write(`${rows}\n`);
}

void main();
