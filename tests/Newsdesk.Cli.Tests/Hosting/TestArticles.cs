using System.Text;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>Plain-text test articles (invented), with a chosen URL and chosen mentions of the test vocabulary.</summary>
internal static class TestArticles
{
    /// <summary>An article whose body mentions each name the given number of times.</summary>
    public static string Create(string title, string url, params (string Name, int Times)[] mentions)
    {
        var body = new StringBuilder();
        body.Append(title).Append("\n\n");
        body.Append("The harbour authority published its quarterly report on Thursday.\n\n");
        var sentence = 0;
        foreach (var (name, times) in mentions)
        {
            for (var i = 0; i < times; i++)
            {
                body.Append(Sentences[sentence++ % Sentences.Length].Replace("{0}", name, StringComparison.Ordinal)).Append("\n\n");
            }
        }

        body.Append("Source: ").Append(url).Append('\n');
        return body.ToString();
    }

    private static readonly string[] Sentences =
    [
        "Observers said {0} had shaped the negotiations from the start.",
        "A spokesperson confirmed that {0} would attend the next session.",
        "Records show {0} appeared in the ledger twice last year.",
        "Residents described {0} as central to the town's plans.",
    ];
}
