using System.Text;
using UtfUnknown;

namespace Newsdesk.Parsing.Input;

/// <summary>
/// Turns upload bytes into text, in the order browsers use (WHATWG Encoding Standard):
/// byte-order mark; binary check; strict UTF-8; the charset the caller or the document declares
/// (HTML meta / XML declaration prescan); statistical detection (UTF.Unknown); then a documented
/// best effort: UTF-8 with U+FFFD for the bad bytes when most of the text is UTF-8, else windows-1252.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Detection below this confidence is not trusted (UTF.Unknown reports 0..1).</summary>
    private const float MinDetectionConfidence = 0.5f;

    /// <summary>Decodes the bytes, or says why they are not text.</summary>
    /// <param name="bytes">The upload.</param>
    /// <param name="declaredCharset">A charset from outside the bytes (e.g. a blob's Content-Type); used when the bytes are not valid UTF-8.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Ok(Encoding.UTF8.GetString(bytes[3..]), "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Ok(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Ok(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (BinarySniffer.LooksLikeUtf16(bytes, out var bigEndian))
        {
            return bigEndian
                ? Ok(Encoding.BigEndianUnicode.GetString(bytes), "utf-16be")
                : Ok(Encoding.Unicode.GetString(bytes), "utf-16le");
        }

        if (BinarySniffer.Describe(bytes) is { } binary)
        {
            return new DecodedText(null, "binary", new ParseError("binary", $"the file is binary, not text ({binary}); upload Markdown, HTML, JSON, NDJSON or plain text."));
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            // Valid UTF-8 with any non-ASCII byte is practically never a legacy charset, whatever a meta tag claims.
            return Ok(Encoding.UTF8.GetString(bytes), "utf-8");
        }

        var declared = EncodingLabels.Resolve(declaredCharset) ?? EncodingLabels.Resolve(CharsetPrescan.FindDeclaredCharset(bytes));
        if (declared is not null)
        {
            // The document said what it is: trust it, replacing bytes the charset cannot map.
            return Ok(declared.GetString(bytes), EncodingLabels.NameOf(declared));
        }

        return Detect(bytes);
    }

    private static DecodedText Detect(ReadOnlySpan<byte> bytes)
    {
        var detected = CharsetDetector.DetectFromBytes(bytes).Detected;
        if (detected is { Encoding: { } encoding, Confidence: >= MinDetectionConfidence } && encoding.CodePage != 65001)
        {
            var resolved = EncodingLabels.Resolve(detected.EncodingName) ?? encoding;
            return Ok(resolved.GetString(bytes), EncodingLabels.NameOf(resolved));
        }

        // Best effort for undeclared, undetectable bytes: mostly-UTF-8 text with a few broken
        // sequences keeps its UTF-8 (bad bytes become U+FFFD); anything else reads as windows-1252,
        // which maps every byte to some character, so nothing is lost silently.
        return Utf8Share(bytes) >= 0.5
            ? Ok(Encoding.UTF8.GetString(bytes), "utf-8")
            : Ok(EncodingLabels.Resolve("windows-1252")!.GetString(bytes), "windows-1252");
    }

    /// <summary>Of the non-ASCII sequences, the share that are well-formed UTF-8.</summary>
    private static double Utf8Share(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid += rune.Value >= 0x80 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(1, consumed)..];
        }

        return valid + invalid == 0 ? 1 : (double)valid / (valid + invalid);
    }

    private static DecodedText Ok(string text, string encodingName) => new(text, encodingName, null);
}
