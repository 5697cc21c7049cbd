using System.Security.Cryptography;
using System.Text;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Export.Tests.Support;

/// <summary>A small hand-written corpus covering every filter: dates (one undated), outlets, authors, languages, entities with aliases, quotes, images.</summary>
public static class TestCorpus
{
    public static readonly Entity Putin = new("person:vladimir-putin", EntityType.Person, "Vladimir Putin", ["Putin"], 3, ["Russian President"]);
    public static readonly Entity Kim = new("person:kim-jong-un", EntityType.Person, "Kim Jong Un", ["Kim"], 2, ["North Korean leader"]);
    public static readonly Entity KimShort = new("person:kim", EntityType.Person, "Kim", [], 1, []);
    public static readonly Entity NorthKorea = new("place:north-korea", EntityType.Place, "North Korea", ["DPRK", "Pyongyang government"], 4, [], "KP");
    public static readonly Entity Russia = new("place:russia", EntityType.Place, "Russia", ["Russian Federation"], 2, [], "RU");
    public static readonly Entity France = new("place:france", EntityType.Place, "France", [], 1, [], "FR");
    public static readonly Entity Afp = new("organization:afp", EntityType.Organization, "AFP", ["Agence France-Presse"], 1, []);
    public static readonly Entity UnitedNations = new("organization:united-nations", EntityType.Organization, "United Nations", ["UN"], 2, []);

    public static IReadOnlyList<NormalizedArticle> Articles { get; } =
    [
        Article("https://www.bbc.co.uk/news/summit", "bbc.co.uk", "BBC News", "Putin arrives in Pyongyang for summit", new PublishedAt(new(2024, 6, 19), new(10, 30), TimeSpan.FromHours(3)), "en",
            [new("Cat Barton", "AFP")], [Putin, Kim, NorthKorea, Afp],
            "Vladimir Putin landed in Pyongyang. The DPRK welcomed the Russian President with a summit.",
            [new("We will strengthen ties", "Vladimir Putin", Putin.Id)], [new("https://img.example/a.jpg", "Putin and Kim", "AFP")]),
        Article("https://www.reuters.com/world/markets", "reuters.com", "Reuters", "-5% drop as markets react", new PublishedAt(new(2024, 6, 20)), "en",
            [new("Jane Doe"), new("Cat Barton", "AFP")], [Putin, Russia],
            "Markets in Russia fell after the visit. Traders watched Putin closely.",
            [new("=HYPERLINK(\"http://evil.example\",\"click\")", "Vladimir Putin", Putin.Id), new("@risk", null, null, true)],
            [new("https://img.example/b.jpg", "+Traders, at work", "Reuters")]),
        Article("https://www.lemonde.fr/international/onu", "lemonde.fr", "Le Monde", "La France à l'ONU", new PublishedAt(new(2024, 6, 21), new(8, 0), TimeSpan.Zero), "fr",
            [new("Élise Martin")], [France, UnitedNations],
            "La France a présenté une résolution aux Nations unies.", [], []),
        Article("https://www.bbc.co.uk/news/archive", "bbc.co.uk", "BBC News", "An undated archive piece about Kim", null, "en",
            [new("Tom Smith")], [KimShort, UnitedNations],
            "Kim spoke at the UN long ago.", [new("Peace", "Kim", KimShort.Id, true)], []),
        Article("https://www.theguardian.com/world/korea", "theguardian.com", "The Guardian", "Kim Jong Un hosts Russian leader", new PublishedAt(new(2024, 6, 19), new(22, 15)), "en",
            [new("Ann Lee")], [Kim, NorthKorea, Putin],
            "Kim Jong Un greeted Putin in North Korea; a summit followed.", [new("A new era", "Kim Jong Un", Kim.Id)],
            [new("https://img.example/c.jpg", "Guards of honour", null), new("https://img.example/d.jpg", null, "Pool")]),
    ];

    private static NormalizedArticle Article(
        string url, string domain, string outletName, string title, PublishedAt? publishedAt, string language, Author[] authors,
        Entity[] entities, string text, Quote[] quotes, ArticleImage[] images) => new()
    {
        Id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..32],
        Url = url,
        CanonicalUrl = url.Replace("www.", "", StringComparison.Ordinal),
        Outlet = new Outlet(domain, outletName),
        Title = title,
        PublishedAt = publishedAt,
        Language = language,
        Authors = authors,
        Images = images,
        Sections = [new ArticleSection(null, [text])],
        Text = text,
        WordCount = text.Split(' ').Length,
        Entities = entities,
        Quotes = quotes,
        Source = new ArticleSource(domain + ".md", "markdown", new string('0', 64), "test-1"),
    };
}
