/** exceljs's Workbook class by its own module: the class the package's entry exports as `Workbook`. */
declare module 'exceljs/lib/doc/workbook.js' {
  const Workbook: typeof import('exceljs').Workbook;
  export default Workbook;
}
