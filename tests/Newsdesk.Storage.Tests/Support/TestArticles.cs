using System.Globalization;
using System.Text;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Storage.Tests.Support;

/// <summary>Articles written for these tests (fictional people, real place and country names).</summary>
internal static class TestArticles
{
    private static readonly string[] Paragraphs =
    [
        "The harbour authority of Valmora said on Tuesday that the new ferry terminal would open in spring, two years later than first planned.",
        "Engineers found that the old pier could not carry the weight of the larger vessels, director Ines Kovalenko told reporters at a briefing in Lisbon.",
        "\"We would rather open late than open a terminal we cannot trust,\" Kovalenko said, adding that the budget had grown by a fifth.",
        "Local traders welcomed the decision. \"A safe pier is worth the wait,\" said Tomas Brandt, who runs a fish market near the quay.",
        "The European Maritime Fund, which pays for half of the project, said it was reviewing the new schedule with the city council.",
    ];

    /// <summary>A seed-sized article: about 5 KB of text, 2 authors, 1 image, 15 quotes, 29 entities of all three types.</summary>
    public static NormalizedArticle SeedSized(string url = "https://news.example.org/world/2024/06/19/valmora-ferry-terminal-delay")
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 5000; i++)
        {
            text.Append(Paragraphs[i % Paragraphs.Length]).Append("\n\n");
        }

        var entities = new List<Entity>();
        for (var i = 0; i < 5; i++)
        {
            entities.Add(new Entity($"person:test-person-{i}", EntityType.Person, $"Test Person {i}", [$"Person {i}"], 2 + i, i == 0 ? ["Harbour Director"] : []));
        }

        for (var i = 0; i < 9; i++)
        {
            entities.Add(new Entity($"organization:test-org-{i}", EntityType.Organization, $"Test Organization {i}", [$"TO{i}"], 1 + i, []));
        }

        var countries = new[] { ("Portugal", "PT"), ("Spain", "ES"), ("France", "FR"), ("Germany", "DE"), ("Italy", "IT") };
        for (var i = 0; i < 15; i++)
        {
            var (name, code) = i < countries.Length ? countries[i] : ($"Test Town {i}", (string?)null);
            entities.Add(new Entity($"place:{name.ToLowerInvariant().Replace(' ', '-')}", EntityType.Place, name, [], 1, [], code));
        }

        var quotes = Enumerable.Range(0, 15)
            .Select(i => new Quote($"Quoted sentence number {i} about the ferry terminal.", $"Test Person {i % 5}", $"person:test-person-{i % 5}"))
            .ToList();
        return Article(url, new DateOnly(2024, 6, 19), text.ToString().Trim(), entities, quotes) with
        {
            Authors = [new Author("Cat Writer", "AFP"), new Author("Dan Reporter")],
            Images = [new ArticleImage("https://news.example.org/img/ferry.jpg", "The old pier at dawn.", "Photo: Test Agency")],
        };
    }

    /// <summary>A small article with <paramref name="people"/> distinct people (ids unique to <paramref name="n"/>).</summary>
    public static NormalizedArticle Numbered(int n, int people = 3, DateOnly? date = null, string? title = null)
    {
        var entities = Enumerable.Range(0, people)
            .Select(p => new Entity($"person:p{n}-{p}", EntityType.Person, $"Person {n} {p}", [], p + 1, []))
            .Append(new Entity("place:portugal", EntityType.Place, "Portugal", [], 1, [], "PT"))
            .ToList();
        return Article($"https://news.example.org/story/{n}", date ?? new DateOnly(2024, 6, 1 + (n % 28)), $"Story {n} text.\n\nSecond paragraph of story {n}.", entities, []) with
        {
            Title = title ?? $"Story {n}",
        };
    }

    public static NormalizedArticle Article(string url, DateOnly? date, string text, IReadOnlyList<Entity> entities, IReadOnlyList<Quote> quotes) => new()
    {
        Id = "ignored-the-assembler-derives-it",
        Url = url,
        CanonicalUrl = url,
        Outlet = new Outlet("news.example.org", "Example News"),
        Title = "Valmora delays its ferry terminal",
        PublishedAt = date is { } d ? new PublishedAt(d, new TimeOnly(9, 30), TimeSpan.FromHours(1)) : null,
        Language = "en",
        Sections = [new ArticleSection(null, text.Split("\n\n"))],
        Text = text,
        WordCount = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
        Entities = entities,
        Quotes = quotes,
        Source = new ArticleSource("test", "test-json", "", "0"),
    };

    /// <summary>The upload bytes of one article.</summary>
    public static byte[] Bytes(NormalizedArticle article) => Encoding.UTF8.GetBytes(ArticleJson.Serialize(article));

    /// <summary>The upload bytes of several articles as NDJSON.</summary>
    public static byte[] Ndjson(IEnumerable<NormalizedArticle> articles) =>
        Encoding.UTF8.GetBytes(string.Join('\n', articles.Select(ArticleJson.Serialize)) + "\n");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
