/**
 * The public version is a different document from the internal one and is filed beside it:
 * `ledger.公开版.docx` next to `ledger.docx`, so building one never overwrites the other.
 */
export const PUBLIC_SUFFIX = '公开版';
