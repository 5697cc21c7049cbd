using System.Text;
using Newsdesk.Parsing;

namespace Newsdesk.Cli.Benchmarks;

/// <summary>Distinct copies of one sample article: its URL made unique per copy, its body padded to a target size.</summary>
internal static class ArticleVariants
{
    /// <summary>Makes <paramref name="count"/> variants of the sample; each parses to an article with its own URL.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Create(string samplePath, int count, int targetBytes)
    {
        var text = File.ReadAllText(samplePath);
        var parsed = ArticleParser.Default.Parse(Encoding.UTF8.GetBytes(text), Path.GetFileName(samplePath));
        var url = parsed.Articles.FirstOrDefault()?.Url;
        var lines = text.Split('\n').ToList();
        // Pad with the sample's own middle paragraphs, so the parser does realistic work on seed-sized input.
        var middle = lines.Skip(lines.Count / 4).Take(lines.Count / 2).ToList();
        while (Encoding.UTF8.GetByteCount(string.Join('\n', lines)) < targetBytes && middle.Count > 0)
        {
            lines.InsertRange(lines.Count / 4 + middle.Count, middle);
        }

        var padded = string.Join('\n', lines);
        var extension = Path.GetExtension(samplePath);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var variant = url is not null
                ? padded.Replace(url, $"{url}-v{i}", StringComparison.Ordinal)
                : padded + $"\n\nVariant {i}.\n";
            return ($"bench/{i:D4}{extension}", Encoding.UTF8.GetBytes(variant));
        })];
    }
}
