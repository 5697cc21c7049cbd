using System.Text;
using BenchmarkDotNet.Attributes;
using Newsdesk.Parsing;

namespace Newsdesk.Benchmarks;

/// <summary>Parse plus the whole extraction pipeline with the default parser, per upload.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _markdown = [];
    private byte[] _html = [];

    /// <summary>Loads the seed-sized article and builds the 1 MB page once; checks that both parse to an article.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _markdown = BenchmarkData.SeedSizedMarkdown();
        _html = Encoding.UTF8.GetBytes(LargeHtmlPage.Build(1024 * 1024));
        foreach (var (bytes, name) in new[] { (_markdown, "mekong-dams.md"), (_html, "large.html") })
        {
            if (!ArticleParser.Default.Parse(bytes, name).Succeeded)
            {
                throw new InvalidOperationException($"The benchmark input {name} does not parse to an article: the numbers would be meaningless.");
            }
        }
    }

    /// <summary>A ~940-word Markdown article in the seed layout with about twenty quotes.</summary>
    [Benchmark(Description = "Markdown, 940 words")]
    public ParseResult ParseSeedSizedMarkdown() => ArticleParser.Default.Parse(_markdown, "mekong-dams.md");

    /// <summary>A generated 1 MB news page (boilerplate, thousands of paragraphs, figures, asides, comments).</summary>
    [Benchmark(Description = "HTML page, 1 MB")]
    public ParseResult ParseOneMegabyteHtml() => ArticleParser.Default.Parse(_html, "large.html");
}
