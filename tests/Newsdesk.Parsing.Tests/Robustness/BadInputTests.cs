using System.Text;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>Hostile and broken uploads: each gives a clear error or a best-effort article, never an exception.</summary>
public sealed class BadInputTests
{
    private const string Article = "# Harbour reopens after storm\n\nBy Jane Roe\n\nMarch 3, 2025\n\nThe harbour at Port Isaac reopened on Monday, the council said.\n\n\"We are open again,\" said harbour master Tom Hicks.\n";

    [Fact]
    public void EmptyFileIsAnEmptyError()
    {
        var result = BoundedParse.Run([], "empty.md");

        Assert.Empty(result.Articles);
        Assert.Equal("empty", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void WhitespaceOnlyFileGivesAnErrorAndNoArticle()
    {
        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(" \n\t\r\n  \n"), "blank.txt");

        Assert.Empty(result.Articles);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void BinaryDataIsRefusedAsBinary()
    {
        // A PNG signature followed by pseudo-random bytes with NULs: not text in any encoding.
        var bytes = new byte[4096];
        new Random(1234).NextBytes(bytes);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
        png.CopyTo(bytes, 0);

        var result = BoundedParse.Run(bytes, "photo.md");

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal("binary", error.Code);
        Assert.Contains("photo.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadOverTheConfiguredLimitIsRefusedAsTooLarge()
    {
        var parser = ArticleParserBuilder.CreateDefault().WithOptions(new ParserOptions { MaxBytes = 1_000 }).Build();
        var bytes = Encoding.UTF8.GetBytes(Article + new string('x', 1_000));

        var result = BoundedParse.Run(bytes, "big.md", parser);

        Assert.Empty(result.Articles);
        var error = Assert.Single(result.Errors);
        Assert.Equal("too-large", error.Code);
        Assert.Contains("1,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UploadOfExactlyTheLimitIsAccepted()
    {
        var bytes = Encoding.UTF8.GetBytes(Article);
        var parser = ArticleParserBuilder.CreateDefault().WithOptions(new ParserOptions { MaxBytes = bytes.Length }).Build();

        var result = BoundedParse.Run(bytes, "exact.md", parser);

        Assert.DoesNotContain(result.Errors, e => e.Code == "too-large");
        Assert.Single(result.Articles);
    }

    [Fact]
    public void DefaultLimitIsTenMegabytes()
    {
        Assert.Equal(10L * 1024 * 1024, new ParserOptions().MaxBytes);
        Assert.Equal(10L * 1024 * 1024, ArticleParser.Default.Options.MaxBytes);
    }

    [Fact]
    public void InvalidUtf8GivesABestEffortArticleOrAnEncodingError()
    {
        // "Café" with a truncated two-byte sequence in the middle of otherwise plain UTF-8.
        var head = Encoding.UTF8.GetBytes("Harbour café reopens\n\nThe caf");
        var tail = Encoding.UTF8.GetBytes(" on the quay reopened on Monday after repairs, its owner said.\n");
        byte[] bytes = [.. head, 0xC3, .. tail];

        var result = BoundedParse.Run(bytes, "broken-utf8.txt");

        Assert.True(BoundedParse.IsWellFormed(result));
        if (result.Articles.Count > 0)
        {
            Assert.StartsWith("Harbour caf", result.Articles[0].Title, StringComparison.Ordinal);
            Assert.Contains("on the quay reopened on Monday", result.Articles[0].Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("encoding", Assert.Single(result.Errors).Code);
        }
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16WithByteOrderMarkIsDecoded(string encodingName)
    {
        var encoding = encodingName == "utf-16le" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        const string text = "Harbour reopens after storm\n\nThe harbour at Port Isaac, Cornwall — Zoë’s café included — reopened on Monday, the council said.\n";
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

        var result = BoundedParse.Run(bytes, "utf16.txt");

        var article = Assert.Single(result.Articles);
        Assert.Equal("Harbour reopens after storm", article.Title);
        Assert.Contains("Zoë’s café", article.Text, StringComparison.Ordinal);
    }
}
