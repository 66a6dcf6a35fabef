import type { Command } from 'commander';
import { withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';
import { describeOptimize } from './search-optimize.ts';

export function registerDoctor(program: Command): void {
  withCommonOptions(program.command('doctor').description('check the database for inconsistencies (search index, stories, orphans, SQLite integrity); exit 1 if any remain'))
    .option('--repair', 'repair what can be repaired, then check again')
    .option('--json', 'JSON report')
    .action(async (opts) =>
      withContext(opts, async ({ store }) => {
        const { runDoctor } = await import('../../jobs/doctor.ts');
        const report = await runDoctor(store, { repair: Boolean(opts.repair) });
        if (!report.ok) process.exitCode = 1;
        if (opts.json) return printJson(report);
        const c = report.counts;
        process.stdout.write(
          `${c.articles} articles · ${c.stories} stories · ${c.storyMembers} memberships · ${c.indexRows} index rows · ${c.entities} entities · ${c.quotes} quotes · ${c.sources} sources\n`,
        );
        for (const check of report.checks) {
          if (check.found === 0) continue;
          const fixed = report.repair ? `, repaired ${check.repaired}, remaining ${check.remaining}` : check.repairable ? ' (--repair fixes this)' : '';
          const ex = check.examples.length ? ` e.g. ${check.examples.slice(0, 5).join(', ')}` : '';
          process.stdout.write(`  ${check.name}: ${check.found} ${check.description}${fixed}${ex}\n`);
        }
        if (report.regrouped) process.stdout.write(`  regrouped ${report.regrouped} articles into stories\n`);
        if (report.searchIndex && report.searchIndex.steps > 0) process.stdout.write(`  ${describeOptimize(report.searchIndex)}\n`);
        process.stdout.write(report.ok ? 'doctor: consistent\n' : 'doctor: inconsistencies remain\n');
      }),
    );
}
