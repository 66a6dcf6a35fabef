// Search snippets arrive as HTML whose only markup is <mark>. We keep exactly that and re-escape anything else,
// so a mistake upstream cannot inject markup into the page.
const ENTITY = /^&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;

function escapeTextChunk(chunk: string): string {
  let out = '';
  for (let i = 0; i < chunk.length; i++) {
    const ch = chunk[i];
    if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === '&') {
      const m = ENTITY.exec(chunk.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
      } else out += '&amp;';
    } else out += ch;
  }
  return out;
}

export function tightenSnippetHtml(snippet: string): string {
  const parts = snippet.split(/(<\/?mark>)/i);
  let open = 0;
  let out = '';
  for (const part of parts) {
    const lower = part.toLowerCase();
    if (lower === '<mark>') {
      open++;
      out += '<mark>';
    } else if (lower === '</mark>') {
      if (open > 0) {
        open--;
        out += '</mark>';
      }
    } else out += escapeTextChunk(part);
  }
  while (open-- > 0) out += '</mark>';
  return out;
}
