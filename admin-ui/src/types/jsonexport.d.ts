/** jsonexport (react-admin's CSV writer) ships no types. */
declare module 'jsonexport/dist/index.js' {
  type Callback = (err: Error | null, csv: string) => void;
  function jsonExport(data: object[], options: { headers?: string[] }, callback: Callback): void;
  export default jsonExport;
}
