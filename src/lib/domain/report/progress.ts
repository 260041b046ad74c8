/**
 * How often the reports page asks the server again while a report is queued or being made (its
 * progress shows without a reload). bench/report.ts reads the page as often, so its click → PDF
 * figure includes the wait a lead really sees.
 */
export const REPORT_REFRESH_MS = 500;
