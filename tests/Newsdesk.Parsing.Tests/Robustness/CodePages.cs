using System.Text;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>Writes test text in legacy single-byte code pages.</summary>
public static class CodePages
{
    /// <summary>The text's bytes in Windows-1252 (curly quotes and dashes in 0x80-0x9F, Latin-1 letters above).</summary>
    public static byte[] Windows1252(string text)
    {
        // Only the 0x80-0x9F block differs from Latin-1; map the characters the tests use.
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bytes[i] = c switch
            {
                '€' => 0x80,
                '‘' => 0x91,
                '’' => 0x92,
                '“' => 0x93,
                '”' => 0x94,
                '–' => 0x96,
                '—' => 0x97,
                _ when c <= 0xFF && (c < 0x80 || c > 0x9F) => (byte)c,
                _ => throw new ArgumentException($"'{c}' has no Windows-1252 byte in this helper.", nameof(text)),
            };
        }

        return bytes;
    }
}
