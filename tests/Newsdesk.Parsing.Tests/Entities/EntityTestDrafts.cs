using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Quotes;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Runs the entity and quote extractors on hand-built drafts.</summary>
internal static class EntityTestDrafts
{
    private static readonly EntityExtractor Entities = new();
    private static readonly QuoteExtractor Quotes = new();

    public static ArticleDraft Draft(params string[] paragraphs) => new()
    {
        SourceName = "test.txt",
        Format = "text",
        ContentHash = "0",
        Title = "Report",
        Sections = [new ArticleSection(null, paragraphs)],
    };

    public static ArticleDraft Run(ArticleDraft draft) => Quotes.Extract(Entities.Extract(draft));

    public static ArticleDraft Run(params string[] paragraphs) => Run(Draft(paragraphs));

    public static Entity Entity(ArticleDraft draft, string id) =>
        draft.Entities.SingleOrDefault(e => e.Id == id) ?? throw new Xunit.Sdk.XunitException(
            $"no entity {id}; found: {string.Join(", ", draft.Entities.Select(e => e.Id))}");

    public static Quote Quote(ArticleDraft draft, string contains) =>
        draft.Quotes.SingleOrDefault(q => q.Text.Contains(contains, StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException(
            $"no quote with '{contains}'; found: {string.Join(" | ", draft.Quotes.Select(q => q.Text))}");

    public static IEnumerable<string> Ids(ArticleDraft draft, EntityType type) => draft.Entities.Where(e => e.Type == type).Select(e => e.Id);
}
