using System.Text;
using Newsdesk.Parsing.Pipeline;
using Newsdesk.Parsing.Readers;

namespace Newsdesk.Parsing.Tests.Html;

/// <summary>Runs the HTML reader on small hand-written pages.</summary>
internal static class HtmlTestPages
{
    public static ArticleDraft ReadDraft(string html, string name = "page.html")
    {
        var results = new HtmlReader().Read(Input(html, name)).ToList();
        var only = Assert.Single(results);
        Assert.Null(only.Error);
        return only.Draft!;
    }

    public static DocumentInput Input(string html, string name = "page.html") =>
        new(name, Encoding.UTF8.GetBytes(html), html, "utf-8", "0123456789abcdef");

    /// <summary>Wraps article paragraphs in a page with the usual furniture around them.</summary>
    public static string Paragraphs(params string[] paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"));

    public const string LongParagraph1 =
        "The harbour authority said on Tuesday that the new breakwater, which took four years to build, will protect the fishing fleet from winter storms, and that the first boats would moor behind it next month.";

    public const string LongParagraph2 =
        "Local skippers, who had campaigned for the wall since a storm sank six boats in 2019, welcomed the news, although several said the mooring fees, set at twice the old rate, were more than a small crew could pay.";

    public const string LongParagraph3 =
        "The council will review the fees in the spring, a spokeswoman said, adding that grants for smaller boats, worth up to 2,000 euros each, would be available from the regional fund before the end of the year.";
}
