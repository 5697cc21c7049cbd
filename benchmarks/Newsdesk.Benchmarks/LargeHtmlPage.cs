using System.Text;

namespace Newsdesk.Benchmarks;

/// <summary>
/// Generates a realistic news page of a given size: head with JSON-LD and meta tags, navigation,
/// a long article (paragraphs with quotes, names and links, subheadings, figures, inline asides),
/// related stories and a comment thread, repeated until the target size is reached.
/// </summary>
public static class LargeHtmlPage
{
    private static readonly string[] Paragraphs =
    [
        "The council voted {0} to {1} on Tuesday to approve the new flood barrier along the eastern bank of the river, ending months of debate over its cost.",
        "\u201CWe have waited long enough, and the water will not wait for us,\u201D said Mayor Helen Okafor, who has pushed for the barrier since the floods of {2}.",
        "Engineers from the <a href=\"/topics/environment-agency\">Environment Agency</a> estimate that the barrier will protect about {3} homes and businesses in the lower town.",
        "Opponents, led by councillor David Brandt, argued that the money would be better spent on drainage and on moving the most exposed households to higher ground.",
        "\u201CA wall is a promise that the next flood will be smaller than the last one. Nobody can make that promise,\u201D Brandt said during the debate.",
        "According to figures from the Meteorological Office, rainfall in the region has risen by about {4} percent over the past thirty years.",
        "Residents of Riverside Road, where water reached the first floor in {2}, watched the vote from the public gallery. Some applauded; others left before the end.",
        "\u201CI have rebuilt my kitchen twice,\u201D said Maria Kowalczyk, 67. \u201CI will believe in the wall when I see it.\u201D",
        "The project will be paid for by a national grant of {5} million pounds and a local levy, which opponents called a \u201Cflood tax.\u201D",
        "Work is due to start in the spring and to finish within {6} years, the council said, although similar projects elsewhere have run late.",
    ];

    /// <summary>A page of at least <paramref name="targetBytes"/> UTF-8 bytes.</summary>
    public static string Build(int targetBytes)
    {
        var page = new StringBuilder(targetBytes + 16_384);
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council approves flood barrier after long debate | The Riverside Gazette</title>")
            .Append("<meta property=\"og:site_name\" content=\"The Riverside Gazette\"><meta name=\"author\" content=\"Alex Morgan\">")
            .Append("<meta property=\"article:published_time\" content=\"2025-03-04T18:30:00+00:00\">")
            .Append("<link rel=\"canonical\" href=\"https://www.riversidegazette.co.uk/news/council-approves-flood-barrier\">")
            .Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council approves flood barrier after long debate\",")
            .Append("\"datePublished\":\"2025-03-04T18:30:00+00:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Alex Morgan\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Riverside Gazette\"}}</script>")
            .Append("</head><body><header><nav><ul>");
        for (var i = 0; i < 40; i++)
        {
            page.Append("<li><a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        }

        page.Append("</ul></nav></header><main><article><h1>Council approves flood barrier after long debate</h1><p class=\"byline\">By Alex Morgan</p>")
            .Append("<time datetime=\"2025-03-04T18:30:00+00:00\">4 March 2025</time><div class=\"body\">");
        var n = 0;
        var footer = Footer();
        while (page.Length + footer.Length < targetBytes)
        {
            if (n % 25 == 0)
            {
                page.Append("<h2>Part ").Append(n / 25 + 1).Append(": the debate continues</h2>");
            }

            if (n % 40 == 7)
            {
                page.Append("<figure><img src=\"/img/barrier-").Append(n).Append(".jpg\" alt=\"\"><figcaption>The river at high water, seen from the old bridge. Photo: Sam Reed/PA</figcaption></figure>");
            }

            if (n % 60 == 13)
            {
                page.Append("<aside class=\"related\"><h3>Read more</h3><ul><li><a href=\"/news/").Append(n).Append("\">Flood insurance costs rise again</a></li></ul></aside>");
            }

            var template = Paragraphs[n % Paragraphs.Length];
            page.Append("<p>").AppendFormat(template, 20 + n % 7, 3 + n % 5, 2000 + n % 24, 1000 + n * 7 % 9000, 5 + n % 20, 10 + n % 90, 2 + n % 4).Append("</p>");
            n++;
        }

        return page.Append(footer).ToString();
    }

    private static string Footer()
    {
        var footer = new StringBuilder("</div></article><section class=\"comments\"><h3>Comments</h3>");
        for (var i = 0; i < 20; i++)
        {
            footer.Append("<div class=\"comment\"><b>reader").Append(i).Append("</b><p>\u201CAbout time,\u201D as my neighbour says. Comment number ").Append(i).Append(".</p></div>");
        }

        return footer.Append("</section></main><footer><p>\u00A9 2025 The Riverside Gazette</p></footer></body></html>").ToString();
    }
}
