using System.Text;

namespace Newsdesk.Parsing.Input;

/// <summary>Maps charset labels to .NET encodings the way browsers do (WHATWG Encoding Standard, "get an encoding").</summary>
internal static class EncodingLabels
{
    static EncodingLabels()
    {
        // windows-1252, Shift_JIS, GBK, EUC-KR... live in the code-pages provider, not in the core runtime.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding a label names, or null when it names none we can decode.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        var codePage = name switch
        {
            // WHATWG: the Latin-1 and ASCII labels all mean windows-1252.
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "ansi_x3.4-1968"
                or "cp1252" or "windows-1252" or "x-cp1252" or "cp819" or "ibm819" or "iso_8859-1" => 1252,
            // WHATWG: a meta-declared UTF-16 cannot be true of ASCII-compatible bytes, so it means UTF-8.
            "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be" or "unicode" => 65001,
            // WHATWG: gb2312 and friends decode as GBK (code page 936), GB18030 separately.
            "gb2312" or "gbk" or "chinese" or "csgb2312" or "gb_2312" or "gb_2312-80" or "x-gbk" or "cp936" or "windows-936" => 936,
            "gb18030" => 54936,
            // WHATWG: euc-kr is windows-949 (Unified Hangul Code).
            "euc-kr" or "ks_c_5601-1987" or "ks_c_5601-1989" or "ksc5601" or "ksc_5601" or "korean" or "windows-949" or "cp949" or "csksc56011987" => 949,
            "shift_jis" or "shift-jis" or "sjis" or "x-sjis" or "ms_kanji" or "ms932" or "windows-31j" or "csshiftjis" or "cp932" => 932,
            "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5" or "csbig5" => 950,
            "iso-8859-9" or "latin5" or "windows-1254" or "cp1254" => 1254,
            "tis-620" or "iso-8859-11" or "windows-874" => 874,
            _ => 0,
        };

        try
        {
            return codePage != 0 ? Encoding.GetEncoding(codePage) : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The lower-case WHATWG-style name written to <c>DecodedText.EncodingName</c>.</summary>
    public static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "utf-8",
        1252 => "windows-1252",
        936 => "gbk",
        949 => "euc-kr",
        932 => "shift_jis",
        950 => "big5",
        _ => encoding.WebName.ToLowerInvariant(),
    };
}
