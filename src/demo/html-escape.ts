// Every demo text reaches HTML/XML through these, so a quote mark in an article can never break the markup.
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Wraps text in CDATA, splitting any "]]>" so the section cannot be closed early. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** JSON for a <script> block: "</" is escaped so the script element cannot be closed by the data. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/<\//g, '<\\/');
}
