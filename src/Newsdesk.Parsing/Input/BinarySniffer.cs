namespace Newsdesk.Parsing.Input;

/// <summary>Tells binary uploads (images, archives, PDFs, executables) from text, by magic numbers and control bytes.</summary>
internal static class BinarySniffer
{
    /// <summary>How many leading bytes are inspected.</summary>
    private const int SampleBytes = 8192;

    /// <summary>A description of the binary format when the bytes are not text, else null.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        if (MagicName(bytes) is { } magic)
        {
            return magic;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var nul = 0;
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                nul++;
            }
            else if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                control++;
            }
        }

        // Text has next to no NUL bytes (UTF-16 is recognised before this runs; a stray NUL from an
        // editor is tolerated) and hardly any other C0 controls.
        if (nul > sample.Length / 100 || control > sample.Length / 20)
        {
            return $"{nul + control} control bytes in the first {sample.Length:N0}";
        }

        return null;
    }

    /// <summary>Whether the bytes look like BOM-less UTF-16: mostly NUL in every other byte. Returns the endianness.</summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..Math.Min(bytes.Length & ~1, SampleBytes)];
        if (sample.Length < 8)
        {
            return false;
        }

        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNul += sample[i] == 0 ? 1 : 0;
            oddNul += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNul > pairs * 7 / 10 && evenNul < pairs / 10)
        {
            return true;
        }

        if (evenNul > pairs * 7 / 10 && oddNul < pairs / 10)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static string? MagicName(ReadOnlySpan<byte> b) => b switch
    {
        [0x1F, 0x8B, ..] => "gzip-compressed data (decompress it first)",
        [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive (or DOCX/XLSX)",
        [0x25, 0x50, 0x44, 0x46, ..] => "a PDF document",
        [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "an ELF executable",
        [0x4D, 0x5A, ..] when b.Length > 64 && b[..64].Contains((byte)0) => "a Windows executable",
        _ => null,
    };
}
