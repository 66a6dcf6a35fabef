import type { Command } from 'commander';
import { printJson } from '../output.ts';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze <text>')
    .description('Arabic analysis of a text: normalized tokens, index terms, entities, quotes and dates')
    .option('--json', 'JSON output')
    .option('--reference <iso>', 'reference time for relative dates (default now)')
    .action(async (text: string, opts: { json?: boolean; reference?: string }) => {
      const { analyze } = await import('../../text/analyze.ts');
      const reference = opts.reference ? new Date(opts.reference) : new Date();
      const a = analyze(text, { reference });
      const out = {
        lang: a.lang,
        tokens: a.tokens.map((t) => ({ surface: t.surface, norm: t.norm, stem: t.stem, kind: t.kind, stop: t.stop, start: t.start, end: t.end })),
        terms: { surface: a.surfaceTerms, stems: a.stemTerms },
        entities: a.entities,
        quotes: a.quotes,
        dates: a.dates,
      };
      if (opts.json) return printJson(out);
      const lines = [
        `language: ${out.lang}`,
        `tokens:   ${out.tokens.map((t) => (t.stop ? `(${t.norm})` : t.norm === t.stem ? t.norm : `${t.norm}→${t.stem}`)).join(' ')}`,
        `stems:    ${out.terms.stems.join(' ')}`,
        ...out.entities.map((e) => `entity:   ${e.kind} ${e.name} [${e.id}] «${e.surface}»${e.role ? ` role=${e.role}` : ''}${e.country ? ` country=${e.country}` : ''}`),
        ...out.quotes.map((q) => `quote:    ${q.speaker ?? '?'}: «${q.text}»`),
        ...out.dates.map((d) => `date:     ${d.iso} «${d.surface}» (${d.calendar})`),
      ];
      process.stdout.write(lines.join('\n') + '\n');
    });
}
