using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>What the body collector found under the article containers.</summary>
internal sealed record CollectedBody(IReadOnlyList<BodyBlock> Blocks, IReadOnlyList<ArticleImage> Images, IReadOnlyList<(int Block, ArticleLink Link)> Links)
{
    /// <summary>Bylines printed as header lines at the top of the container ("By Jane Doe"), taken out of the text.</summary>
    public IReadOnlyList<string> HeaderBylines { get; init; } = [];

    /// <summary>Dates printed as header lines at the top of the container, taken out of the text.</summary>
    public IReadOnlyList<string> HeaderDates { get; init; } = [];

    /// <summary>Characters of paragraph text.</summary>
    public int TextLength => Blocks.Where(b => !b.IsHeading).Sum(b => b.Text.Length);
}
