namespace Newsdesk.Parsing.Pipeline;

/// <summary>One upload, decoded: its name, raw bytes, decoded text and the encoding that decoded it.</summary>
public sealed record DocumentInput(string Name, ReadOnlyMemory<byte> Bytes, string Text, string EncodingName, string ContentHash)
{
    /// <summary>The file extension, lower-case with the dot (".html"), or empty.</summary>
    public string Extension
    {
        get
        {
            var name = Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Name[..^3] : Name;
            return Path.GetExtension(name).ToLowerInvariant();
        }
    }
}
