using Newsdesk.Parsing.Input;

namespace Newsdesk.Parsing.Tests.Input;

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("<!doctype html><html><body><p>x</p></body></html>", ".txt", DocumentLayout.Html)]
    [InlineData("\uFEFF  <!-- saved page --><html lang=\"en\">", ".md", DocumentLayout.Html)]
    [InlineData("<article><h1>T</h1></article>", "", DocumentLayout.Html)]
    [InlineData("<p>One</p>\n<p>Two</p>", ".txt", DocumentLayout.Html)]
    [InlineData("Title\n<p>One</p><p>Two</p><br>", ".txt", DocumentLayout.Html)]
    [InlineData("{\"title\": \"x\"}", ".txt", DocumentLayout.Json)]
    [InlineData("{\n  \"title\": \"x\"\n}\n", ".ndjson", DocumentLayout.Json)]
    [InlineData("[{\"title\": \"x\"}]", ".md", DocumentLayout.Json)]
    [InlineData("{\"a\": 1}\n{\"a\": 2}\n", ".json", DocumentLayout.Ndjson)]
    [InlineData("{\"a\": 1}\n", ".jsonl", DocumentLayout.Ndjson)]
    [InlineData("{\"a\": \n{\"a\": 2}\n{\"a\": 3}\n", ".txt", DocumentLayout.Ndjson)]
    [InlineData("{\n  \"items\": [\n    {\"a\": 1},\n    {\"a\": 2}\n  ]\n}\n", ".txt", DocumentLayout.Json)]
    [InlineData("{\n  \"authors\": [\n    {\"a\": 1}\n  ],\n  \"images\": [\n    {\"b\": 2}\n  ]\n}\n", ".json", DocumentLayout.Json)]
    [InlineData("{\n\t\"a\": {\"x\": 1}\n}\n{\"b\": 1}\n", ".json", DocumentLayout.Json)]
    [InlineData("# Title\n\nBody.", ".txt", DocumentLayout.Markdown)]
    [InlineData("Title\n=====\n\nBody.", ".txt", DocumentLayout.Markdown)]
    [InlineData("Title\n\nSee [the report](https://example.org).", ".txt", DocumentLayout.Markdown)]
    [InlineData("[Link first](https://example.org) then text", ".txt", DocumentLayout.Markdown)]
    [InlineData("Title\n\nCaption. **Credit**", ".txt", DocumentLayout.Markdown)]
    [InlineData("Title\n\n![img](a.png)", ".txt", DocumentLayout.Markdown)]
    [InlineData("Title\n\nOriginal url:\n\n<https://example.org/a>", ".txt", DocumentLayout.Markdown)]
    [InlineData("---\ntitle: x\n---\nBody", ".txt", DocumentLayout.Markdown)]
    [InlineData("Just a title\n\nA paragraph of plain text.", ".txt", DocumentLayout.Text)]
    [InlineData("Just a title\n\nA paragraph of plain text.", ".md", DocumentLayout.Markdown)]
    [InlineData("#hashtag is not a heading\n\nText.", ".txt", DocumentLayout.Text)]
    [InlineData("", ".html", DocumentLayout.Text)]
    public void ChoosesTheLayoutByContentAndUsesTheExtensionOnlyForTies(string text, string extension, DocumentLayout expected) =>
        Assert.Equal(expected, ContentSniffer.Detect(text, extension));

    [Fact]
    public void ParserReportsTheDetectedFormat()
    {
        Assert.Equal("markdown", TestParse.Single("# T\n\nBody.", "x.txt").Source.Format);
        Assert.Equal("text", TestParse.Single("T\n\nBody.", "x.txt").Source.Format);
        Assert.Equal("json", TestParse.Single("{\"title\": \"T\"}", "x.txt").Source.Format);
    }
}
