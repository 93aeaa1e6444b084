/**
 * Set in `context` by the HumHub import's writes (scripts/humhub/write.ts): hooks meant for people
 * (the "submitted for review" mail to the editors) stay quiet for thousands of imported drafts;
 * the import's report and the "importiert" marker in the queue tell the editors instead.
 */
export const HUMHUB_IMPORT_CONTEXT = 'humhubImport'
