import ExcelJS from 'exceljs';

/** An XLSX written by ExcelJS (a devDependency): merged, hidden, formula and date cases on demand. */
export const xlsxOf = async (build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
