export { escapeHtml, type HtmlValue, html, SafeHtml } from './escape-html.js'
export { REPORT_MARKER } from './report-out.js'
export { type ReportOptions, type ReportResult, writeReport } from './write-report.js'
