using System.Text.RegularExpressions;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>
/// A deterministic extra step for the end-to-end tests: counts a few invented names in the body and adds them
/// as entities (unless the real extractors found them), and takes the URL from a "Source: URL" line. The tests
/// compute every expectation by parsing with the same parser, so the real extractors may add more.
/// </summary>
internal sealed class TestVocabularyExtractor : IArticleExtractor
{
    /// <summary>Invented people, organizations and places the test articles mention.</summary>
    public static readonly IReadOnlyList<(string Name, EntityType Type)> Vocabulary =
    [
        ("Orla Venstrom", EntityType.Person),
        ("Tamsin Okafor-Reyes", EntityType.Person),
        ("Kestrel Mining Cooperative", EntityType.Organization),
        ("Port Abrenta", EntityType.Place),
    ];

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        var text = string.Join("\n", draft.Paragraphs);
        var entities = draft.Entities.ToList();
        foreach (var (name, type) in Vocabulary)
        {
            var id = $"{type.ToString().ToLowerInvariant()}:{name.ToLowerInvariant().Replace(' ', '-')}";
            var mentions = Regex.Count(text, Regex.Escape(name));
            if (mentions > 0 && entities.All(e => e.Id != id))
            {
                entities.Add(new Entity(id, type, name, [], mentions, []));
            }
        }

        var url = draft.Url ?? draft.Paragraphs.Select(p => p.Trim()).Where(p => p.StartsWith("Source: http", StringComparison.Ordinal)).Select(p => p["Source: ".Length..]).FirstOrDefault();
        return draft with { Entities = entities, Url = url };
    }
}
