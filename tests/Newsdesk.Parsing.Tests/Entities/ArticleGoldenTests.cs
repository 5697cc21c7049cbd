using System.Text.Json;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>
/// Hand-written articles (European politics, business wire, football, Gulf diplomacy) parsed end to end;
/// the expected people, organizations, places and quote speakers were written from what each text says.
/// </summary>
public sealed class ArticleGoldenTests
{
    public static TheoryData<string> Articles() => new() { "eu-migration", "chip-earnings", "clasico", "gulf-diplomacy" };

    [Theory]
    [MemberData(nameof(Articles))]
    public void FindsEveryExpectedEntityAndNoOtherPeople(string name)
    {
        var (article, expected) = Load(name);
        var problems = new List<string>();
        CheckGroups(article, expected, "people", EntityType.Person, problems, exact: true);
        CheckGroups(article, expected, "organizations", EntityType.Organization, problems, exact: false);
        CheckGroups(article, expected, "places", EntityType.Place, problems, exact: false);
        foreach (var notPerson in expected.GetProperty("notPeople").EnumerateArray())
        {
            if (article.Entities.Any(e => e.Type == EntityType.Person && Forms(e).Contains(Norm(notPerson.GetString()))))
            {
                problems.Add($"'{notPerson}' must not be a person");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void AttributesEveryExpectedQuoteToItsSpeaker(string name)
    {
        var (article, expected) = Load(name);
        var problems = new List<string>();
        foreach (var q in expected.GetProperty("quotes").EnumerateArray())
        {
            var needle = q.GetProperty("contains").GetString()!;
            var found = article.Quotes.FirstOrDefault(x => x.Text.Contains(needle, StringComparison.Ordinal));
            if (found is null)
            {
                problems.Add($"quote missing: {needle}");
                continue;
            }

            if (q.TryGetProperty("speaker", out var speaker) && speaker.GetString() != found.Speaker)
            {
                problems.Add($"'{needle}': speaker {found.Speaker ?? "null"}, expected {speaker.GetString() ?? "null"}");
            }

            var fragment = q.TryGetProperty("fragment", out var f) && f.GetBoolean();
            if (fragment != found.IsFragment)
            {
                problems.Add($"'{needle}': isFragment {found.IsFragment}, expected {fragment}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void SpeakerIdsAreEntityIds(string name)
    {
        var (article, _) = Load(name);
        var ids = article.Entities.Select(e => e.Id).ToHashSet();
        Assert.All(article.Quotes.Where(q => q.SpeakerId is not null), q => Assert.Contains(q.SpeakerId!, ids));
    }

    private static void CheckGroups(NormalizedArticle article, JsonElement expected, string key, EntityType type, List<string> problems, bool exact)
    {
        var groups = expected.GetProperty(key).EnumerateArray().Select(g => g.EnumerateArray().Select(x => Norm(x.GetString())).ToHashSet()).ToList();
        var entities = article.Entities.Where(e => e.Type == type).ToList();
        foreach (var group in groups)
        {
            if (!entities.Any(e => Forms(e).Overlaps(group)))
            {
                problems.Add($"{type} missing: {string.Join(" / ", group)}");
            }
        }

        if (exact)
        {
            foreach (var e in entities.Where(e => !groups.Any(g => g.Overlaps(Forms(e)))))
            {
                problems.Add($"unexpected {type}: {e.Name}");
            }
        }
    }

    private static HashSet<string> Forms(Entity e) => [Norm(e.Name), .. e.Aliases.Select(Norm)];

    private static string Norm(string? s) => (s ?? "").Trim().ToLowerInvariant();

    private static (NormalizedArticle Article, JsonElement Expected) Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Entities", "Articles");
        var article = TestParse.Single(File.ReadAllText(Path.Combine(folder, name + ".md")), name + ".md");
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected.json")));
        return (article, doc.RootElement.Clone());
    }
}
