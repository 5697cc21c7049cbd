using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Parsing.Input;

/// <summary>
/// Finds the charset an HTML or XML document declares in its first bytes, like the WHATWG
/// "prescan a byte stream to determine its encoding" step (simplified: the first meta that names one wins).
/// </summary>
internal static partial class CharsetPrescan
{
    /// <summary>WHATWG prescans 1024 bytes; real pages often put the meta after long comments or scripts, so we read more.</summary>
    public const int PrescanBytes = 4096;

    /// <summary>The declared charset label, or null.</summary>
    public static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        // Latin-1 maps every byte to one char, so ASCII markup survives whatever the real charset is.
        var text = Encoding.Latin1.GetString(head);
        var xml = XmlDeclaration().Match(text);
        if (xml.Success)
        {
            return xml.Groups[1].Value;
        }

        foreach (Match meta in MetaTag().Matches(text))
        {
            var charset = MetaCharset().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups[1].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]{0,200}?encoding\s*=\s*[""']([A-Za-z0-9._:\-]{1,40})", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    // Bounded attribute run: no backtracking blow-up on hostile input.
    [GeneratedRegex(@"<meta\s[^<>]{0,1000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    // Matches both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9._:\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
