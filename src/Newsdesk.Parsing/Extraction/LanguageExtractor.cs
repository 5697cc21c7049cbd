using System.Collections.Frozen;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// The article language as ISO 639-1: the declared one normalized ("en-US", "eng", "English" → "en"),
/// else detected from the script (CJK, Arabic, Greek, ...) or from function-word counts (<see cref="StopwordDetector"/>).
/// </summary>
public sealed class LanguageExtractor : IArticleExtractor
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["eng"] = "en", ["french"] = "fr", ["français"] = "fr", ["fra"] = "fr", ["fre"] = "fr",
        ["german"] = "de", ["deutsch"] = "de", ["deu"] = "de", ["ger"] = "de", ["spanish"] = "es", ["español"] = "es", ["spa"] = "es",
        ["italian"] = "it", ["italiano"] = "it", ["ita"] = "it", ["portuguese"] = "pt", ["português"] = "pt", ["por"] = "pt",
        ["dutch"] = "nl", ["nederlands"] = "nl", ["nld"] = "nl", ["dut"] = "nl", ["russian"] = "ru", ["русский"] = "ru", ["rus"] = "ru",
        ["ukrainian"] = "uk", ["українська"] = "uk", ["ukr"] = "uk", ["polish"] = "pl", ["polski"] = "pl", ["pol"] = "pl",
        ["turkish"] = "tr", ["türkçe"] = "tr", ["tur"] = "tr", ["swedish"] = "sv", ["svenska"] = "sv", ["swe"] = "sv",
        ["indonesian"] = "id", ["ind"] = "id", ["chinese"] = "zh", ["zho"] = "zh", ["chi"] = "zh", ["japanese"] = "ja", ["jpn"] = "ja",
        ["korean"] = "ko", ["kor"] = "ko", ["arabic"] = "ar", ["ara"] = "ar", ["hebrew"] = "he", ["heb"] = "he", ["greek"] = "el", ["ell"] = "el",
        ["hindi"] = "hi", ["hin"] = "hi", ["iw"] = "he", ["in"] = "id",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Enough text to decide (a few hundred words); reading whole long articles would only cost time.
    private const int SampleChars = 2000;

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        var declared = Normalize(draft.Language);
        if (declared is not null)
        {
            // A declared language the text clearly contradicts is a site-wide default, not the article's.
            declared = StopwordDetector.Overrule(Sample(draft), declared) ?? declared;
            return declared == draft.Language ? draft : draft with { Language = declared };
        }

        var detected = StopwordDetector.Detect(Sample(draft));
        return draft with { Language = detected };
    }

    /// <summary>ISO 639-1 for a declared language tag or name, or null when it is not one.</summary>
    public static string? Normalize(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var tag = declared.Trim();
        var cut = tag.IndexOfAny(['-', '_', ';', ',']);
        var primary = (cut > 0 ? tag[..cut] : tag).Trim().ToLowerInvariant();
        if (Names.TryGetValue(primary, out var code))
        {
            return code;
        }

        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string Sample(ArticleDraft draft)
    {
        var builder = new System.Text.StringBuilder(SampleChars + 200);
        builder.Append(draft.Title).Append('\n');
        foreach (var paragraph in draft.Paragraphs)
        {
            builder.Append(paragraph).Append('\n');
            if (builder.Length >= SampleChars)
            {
                break;
            }
        }

        return builder.ToString();
    }
}
