/** webpack inlines the default report template as a data: URL (see webpack.config.js). */
declare module '*.docx' {
  const dataUrl: string;
  export default dataUrl;
}
