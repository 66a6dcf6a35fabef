import type { Command } from 'commander';
import { recommendArticle } from '../../pipeline/article-recommendations.ts';
import { UsageError, withCommonOptions, withContext } from '../common.ts';
import { printJson } from '../output.ts';

export function registerSimilar(program: Command): void {
  withCommonOptions(program.command('similar <articleIdOrUrl>').description('similar articles from other stories, one "read also", and more from the same story'))
    .option('--json', 'JSON output')
    .option('--limit <n>', 'how many similar articles', '5')
    .action(async (key: string, opts) =>
      withContext(opts, async (ctx) => {
        const article = /^\d+$/.test(key) ? await ctx.store.getArticle(Number(key)) : await ctx.store.getArticleByUrl(key);
        if (!article) throw new UsageError(`no such article: ${key}`);
        const engine = await ctx.engine();
        const rec = await recommendArticle(ctx.store, engine, article, Number(opts.limit) || 5);
        // Story membership is the store's: it holds for articles the engine has already evicted from its window.
        const story = article.storyId !== null ? await ctx.store.getStory(article.storyId) : null;
        const sameStoryIds = story ? story.articles.filter((a) => a.id !== article.id).sort((a, b) => (Date.parse(b.publishedAt ?? '') || 0) - (Date.parse(a.publishedAt ?? '') || 0)).map((a) => a.id) : rec.sameStory;
        const ids = [...rec.similar.map((s) => s.articleId), ...(rec.readAlso ? [rec.readAlso.articleId] : []), ...sameStoryIds];
        const byId = new Map((await ctx.store.getArticles(ids)).map((a) => [a.id, a]));
        const ref = (id: number, score?: number, storyId?: number) => {
          const a = byId.get(id);
          return a ? { id, url: a.url, source: a.sourceName, title: a.title, published: a.publishedAt, storyId: storyId ?? a.storyId, ...(score !== undefined ? { score: Number(score.toFixed(4)) } : {}) } : null;
        };
        const out = {
          article: { id: article.id, url: article.url, source: article.sourceName, title: article.title, storyId: article.storyId },
          similar: rec.similar.map((s) => ref(s.articleId, s.score, s.storyId)).filter(Boolean),
          readAlso: rec.readAlso ? ref(rec.readAlso.articleId, rec.readAlso.score, rec.readAlso.storyId) : null,
          sameStory: sameStoryIds.map((id) => ref(id)).filter(Boolean),
        };
        if (opts.json) return printJson(out);
        const line = (r: { title: string; source: string } | null) => (r ? `${r.title} — ${r.source}` : '');
        process.stdout.write(`${out.article.title} — ${out.article.source}\n\nمقالات مشابهة:\n`);
        for (const s of out.similar) process.stdout.write(`  • ${line(s)}\n`);
        process.stdout.write(`\nاقرأ أيضاً: ${out.readAlso ? line(out.readAlso) : '-'}\n\nالمزيد من هذه القصة:\n`);
        for (const s of out.sameStory) process.stdout.write(`  • ${line(s)}\n`);
      }),
    );
}
