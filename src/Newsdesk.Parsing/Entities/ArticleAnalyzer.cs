using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Runs the entity stages over a draft: units, names in body text and fixed units, resolution,
/// then title-case units against what was resolved. The result is memoised per draft inputs so the
/// quote extractor reuses it instead of tokenizing the article twice.
/// </summary>
internal sealed class ArticleAnalyzer
{
    // The pipeline runs the entity and quote extractors back to back on one thread, so one slot per
    // thread is enough to share the analysis; nothing is kept beyond the last article of each thread.
    [ThreadStatic]
    private static ArticleAnalysis? t_last;
    private readonly Gazetteer _gazetteer;
    private readonly NameFinder _names;
    private readonly FixedUnitFinder _fixed;
    private readonly TitleMatcher _titles;

    /// <summary>Creates the analyzer over a gazetteer.</summary>
    public ArticleAnalyzer(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _names = new NameFinder(gazetteer);
        _fixed = new FixedUnitFinder(gazetteer);
        _titles = new TitleMatcher(gazetteer);
    }

    /// <summary>The analyzer over the built-in gazetteer.</summary>
    public static ArticleAnalyzer Default { get; } = new(Gazetteer.Default);

    /// <summary>The analysis of a draft, computed once for the same inputs.</summary>
    public ArticleAnalysis Analyze(ArticleDraft draft)
    {
        if (t_last is { } cached && cached.Matches(draft))
        {
            return cached;
        }

        var analysis = Compute(draft);
        t_last = analysis;
        return analysis;
    }

    /// <summary>
    /// Drops the memoised analysis once its last consumer is done with it, so the token arrays and
    /// mentions of a finished article (megabytes on a long page) are not kept alive, and promoted by
    /// the GC, while the next upload is parsed.
    /// </summary>
    public static void Release(ArticleAnalysis analysis)
    {
        if (ReferenceEquals(t_last, analysis))
        {
            t_last = null;
        }
    }

    private ArticleAnalysis Compute(ArticleDraft draft)
    {
        var units = UnitBuilder.Build(draft);
        var mentions = new List<Mention>();
        for (var u = 0; u < units.Count; u++)
        {
            switch (units[u].Kind)
            {
                case UnitKind.Body:
                    _names.Find(units[u], u, mentions);
                    break;
                case UnitKind.Credit or UnitKind.Affiliation or UnitKind.Dateline:
                    _fixed.Find(units[u], u, mentions);
                    break;
            }
        }

        mentions.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        var builds = new List<EntityBuild>();
        MentionResolver.Resolve(_gazetteer, units, mentions, builds);
        var known = TitleMatcher.KnownForms(builds);
        for (var u = 0; u < units.Count; u++)
        {
            if (units[u].Kind == UnitKind.TitleCase)
            {
                _titles.Match(units[u], u, builds, known, mentions);
            }
        }

        var byUnit = new List<Mention>[units.Count];
        for (var u = 0; u < byUnit.Length; u++)
        {
            byUnit[u] = [];
        }

        foreach (var m in mentions)
        {
            if (m.Entity >= 0)
            {
                byUnit[m.Unit].Add(m);
            }
        }

        foreach (var list in byUnit)
        {
            list.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        var (entities, ids) = Publish(builds);
        return new ArticleAnalysis { Source = draft, Units = units, MentionsByUnit = byUnit, Builds = builds, Entities = entities, Ids = ids };
    }

    private static (IReadOnlyList<Entity> Entities, string?[] Ids) Publish(List<EntityBuild> builds)
    {
        var ids = new string?[builds.Count];
        var order = new List<int>(builds.Count);
        for (var i = 0; i < builds.Count; i++)
        {
            if (builds[i].Count > 0)
            {
                order.Add(i);
            }
        }

        order.Sort((a, b) => builds[a].First.CompareTo(builds[b].First));
        var entities = new List<Entity>(order.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            var entity = builds[i].ToEntity();
            if (seen.TryGetValue(entity.Id, out var at))
            {
                // Two builds with one id (same type and slug): one entity.
                var first = entities[at];
                entities[at] = first with { Mentions = first.Mentions + entity.Mentions, Aliases = [.. first.Aliases.Union(entity.Aliases)] };
            }
            else
            {
                seen[entity.Id] = entities.Count;
                entities.Add(entity);
            }

            ids[i] = entity.Id;
        }

        return (entities, ids);
    }
}
