using Newsdesk.Parsing.Readers.Html;

namespace Newsdesk.Parsing.Tests.Input;

public sealed class HtmlSnifferTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>")]
    [InlineData("\n  <!-- saved page --> <!doctype html>\n<p>x</p>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><html>")]
    [InlineData("<div class=\"story\"><p>Text</p></div>")]
    [InlineData("Saved from the web\n<html><body><p>x</p></body></html>")]
    public void RecognisesHtml(string text) => Assert.True(HtmlSniffer.LooksLikeHtml(text));

    [Theory]
    [InlineData("# Headline\n\nSome **Markdown** text.")]
    [InlineData("{\"title\": \"<b>bold</b>\"}")]
    [InlineData("Plain text that mentions a <tag> in passing.")]
    [InlineData("")]
    public void DoesNotClaimOtherLayouts(string text) => Assert.False(HtmlSniffer.LooksLikeHtml(text));
}
