using System.Text;
using Newsdesk.Parsing.Input;

namespace Newsdesk.Parsing.Tests.Input;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Windows1252PageDeclaredByMetaCharsetDecodesAccentsAndCurlyQuotes()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>The caf\u00e9\u2019s owner said \u201cyes\u201d.</p></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Error);
        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Contains("The caf\u00e9\u2019s owner said \u201cyes\u201d.", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Iso88591DeclaredInHttpEquivMetaDecodesAsWindows1252()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>na\u00efve \u2013 d\u00e9j\u00e0 vu</body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("windows-1252", decoded.EncodingName);
        Assert.Contains("na\u00efve \u2013 d\u00e9j\u00e0 vu", decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shift_jis", 932, "\u6771\u4eac\u306e\u6e2f\u3067\u65b0\u3057\u3044\u9632\u6ce2\u5824\u304c\u5b8c\u6210\u3057\u307e\u3057\u305f\u3002")]
    [InlineData("euc-kr", 949, "\ud56d\uad6c\uc5d0 \uc0c8 \ubc29\ud30c\uc81c\uac00 \uc644\uacf5\ub418\uc5c8\ub2e4.")]
    [InlineData("gb2312", 936, "\u6e2f\u53e3\u7684\u65b0\u9632\u6ce2\u5824\u5df2\u7ecf\u5efa\u6210\u3002")]
    public void AsianCharsetDeclaredByMetaDecodes(string label, int codePage, string text)
    {
        var html = $"<html><head><meta charset=\"{label}\"></head><body><p>{text}</p></body></html>";

        var decoded = TextDecoder.Decode(Encoding.GetEncoding(codePage).GetBytes(html));

        Assert.Null(decoded.Error);
        Assert.Contains(text, decoded.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16WithByteOrderMarkDecodes(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var text = "<p>Gr\u00fc\u00dfe aus \u6771\u4eac \u2014 \ud83d\udea2</p>";
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Error);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", decoded.EncodingName);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Utf8WithByteOrderMarkDropsTheMark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);

        Assert.Equal(("hi", "utf-8"), (decoded.Text, decoded.EncodingName));
    }

    [Fact]
    public void InvalidUtf8WithoutDeclarationIsDecodedBestEffortNotRefused()
    {
        // Mostly UTF-8 ("Zürich – ok"), with one stray 0xFF byte.
        var bytes = Encoding.UTF8.GetBytes("Z\u00fcrich \u2013 caf\u00e9 cr\u00e8me na\u00efve \u00fcber ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" ok")).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Error);
        Assert.Contains("Z\u00fcrich \u2013 caf\u00e9", decoded.Text, StringComparison.Ordinal);
        Assert.EndsWith(" ok", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredWindows1252TextIsDetected()
    {
        var text = "Le caf\u00e9 du port a rouvert ses portes apr\u00e8s les travaux. Les p\u00eacheurs sont ravis, et la client\u00e8le revient d\u00e9j\u00e0 chaque matin.";

        var decoded = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(text));

        Assert.Null(decoded.Error);
        Assert.Equal(text, decoded.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D })]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00 })]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0x00, 0x01, 0x02, 0x03, 0x04, (byte)'c', 0x00, 0x05, 0x06, 0x07, 0x08, 0x00, 0x0E, 0x0F, 0x10 })]
    public void BinaryDataGivesBinaryError(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.Equal("binary", decoded.Error?.Code);
    }

    [Fact]
    public void StrayNulInLongTextIsNotBinary()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>The harbour reopened on Monday.</p>\n", 20)) + "\0");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Error);
        Assert.StartsWith("<p>The harbour", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryUploadIsRefusedByTheParserWithTheBinaryCode()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = ArticleParser.Default.Parse(bytes, "photo.bin");

        Assert.Equal("binary", Assert.Single(result.Errors).Code);
    }
}
