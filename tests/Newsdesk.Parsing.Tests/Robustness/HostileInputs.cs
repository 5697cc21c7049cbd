using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>An upload with its file name, generated for property tests.</summary>
public sealed record Upload(string Name, byte[] Bytes)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Bytes.Length} bytes): {Encoding.UTF8.GetString(Bytes)[..Math.Min(Bytes.Length, 200)]}";
}

/// <summary>FsCheck generators of hostile uploads: random bytes, random text in layout skeletons, quote-and-name soup.</summary>
public static class HostileInputs
{
    private static readonly string[] Names = ["a.md", "a.html", "a.json", "a.ndjson", "a.txt", "a", "a.htm", "a.json.gz"];

    private static readonly string[] Tokens =
    [
        "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", "\"\"", "«", " ", " ", " ", "\n", "\n\n", ",", ".", ":", " - ", " — ",
        "said", "told", "according to", "he said", "she said", "By", "and", "for", "AFP", "Reuters", "(Reuters)", "|",
        "Kim", "Kim Jong Un", "Putin", "Vladimir", "President", "Mr.", "U.S.", "UN", "NATO", "North", "Korea", "Square",
        "Jean-Luc", "O'Neill", "McDonald", "Zoë", "Ångström", "São Paulo", "Al-", "bin", "van der", "de la", "Dr.", "Prof.", "&", "De", "Von", "Second", "for the", "Ligue 1", "U.S. District Judge", "Inc.",
        "Ligue de", "Banco del", "Association", "alliance", "the company said", "Lyon, who", "midfielder", "state president", "Old", "Greater", "Shares in", "In the",
        "it said", "the statement said", "group", "The launch provider,", "Brennan's",
        "#", "##", "**", "*", "_", "[", "](#)", "<", ">", "<p>", "</p>", "&amp;", "&#8220;", "{", "}", "\\", "\u0000", "\uFEFF", "\u200B",
    ];

    /// <summary>Any bytes, under any of the layout file names.</summary>
    public static Arbitrary<Upload> Uploads() =>
        (from name in Gen.Elements(Names)
         from bytes in ArbMap.Default.GeneratorFor<byte[]>()
         select new Upload(name, bytes ?? [])).ToArbitrary();

    /// <summary>An arbitrary string wrapped in an HTML, JSON, NDJSON or Markdown skeleton.</summary>
    public static Arbitrary<SkeletonUpload> Skeletons() =>
        (from text in Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), Soup())
         from layout in Gen.Choose(0, 5)
         select Wrap(text ?? "", layout)).ToArbitrary();

    /// <summary>Random runs of quotation marks, capitalised words, attribution verbs and punctuation.</summary>
    public static Arbitrary<QuoteSoup> QuoteSoups() =>
        (from text in Soup()
         from layout in Gen.Elements("a.txt", "a.md")
         select new QuoteSoup(layout, text)).ToArbitrary();

    private static Gen<string> Soup() =>
        Gen.Elements(Tokens).ArrayOf().Select(parts => "Title line\n\n" + string.Join(" ", parts));

    private static SkeletonUpload Wrap(string text, int layout)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(text);
        return layout switch
        {
            0 => new("s.html", $"<!DOCTYPE html><html><head><title>{text}</title><meta name=\"author\" content=\"{text}\"></head><body><article><h1>{text}</h1><p>{text}</p></article></body></html>"),
            1 => new("s.html", $"<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":{json},\"author\":[{{\"name\":{json}}}],\"datePublished\":{json}}}</script></head><body><p>{text}</p></body></html>"),
            2 => new("s.json", $"{{\"headline\":{json},\"url\":{json},\"authors\":[{{\"name\":{json}}}],\"datePublished\":{json},\"articleBody\":{json}}}"),
            3 => new("s.ndjson", $"{{\"title\":{json},\"content\":{json}}}\n{{\"headline\":{json},\"published_at\":{json}}}\n{text}\n"),
            4 => new("s.md", $"# {text}\n\nBy [{text} for AFP](#)\n\n{text}\n\n{text} **{text}**\n\n## **{text}**\n\n{text}\n\nOriginal url:\n\n<{text}>\n"),
            _ => new("s.txt", $"{text}\n\nBy {text}\n\n{text} (Reuters) - {text}\n\nReporting by {text}; Editing by {text}\n"),
        };
    }
}

/// <summary>Text in a layout skeleton.</summary>
public sealed record SkeletonUpload(string Name, string Text);

/// <summary>A quote-and-name soup under a file name.</summary>
public sealed record QuoteSoup(string Name, string Text);
