using BenchmarkDotNet.Attributes;
using Newsdesk.Parsing;
using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Quotes;

namespace Newsdesk.Benchmarks;

/// <summary>The entity and quote stages alone, on the seed-sized article's draft (everything before them already done).</summary>
[MemoryDiagnoser]
public class EntityQuoteBenchmarks
{
    private readonly EntityExtractor _entities = new();
    private readonly QuoteExtractor _quotes = new();
    private ArticleDraft _draft = null!;

    /// <summary>Parses the article once and rebuilds its draft from the result, so each run starts cold (no memoised analysis).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var article = ArticleParser.Default.Parse(BenchmarkData.SeedSizedMarkdown(), "mekong-dams.md").Articles[0];
        _draft = new ArticleDraft
        {
            SourceName = "mekong-dams.md",
            Format = "markdown",
            ContentHash = "0",
            Title = article.Title,
            Authors = article.Authors,
            Images = article.Images,
            Sections = article.Sections,
        };
    }

    /// <summary>Entities then quotes, as the pipeline runs them; a fresh section list defeats the memo.</summary>
    [Benchmark(Description = "Entities + quotes, 940 words")]
    public int EntitiesAndQuotes()
    {
        var draft = _draft with { Sections = [.. _draft.Sections] };
        var done = _quotes.Extract(_entities.Extract(draft));
        return done.Entities.Count + done.Quotes.Count;
    }
}
