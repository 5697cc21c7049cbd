using System.Collections.Frozen;

namespace Newsdesk.Parsing.Extraction;

/// <summary>Tells organization names (agencies, outlets) from people's names in bylines.</summary>
internal static class Organizations
{
    // Words that end organization names but not surnames. Times/Post/Herald are left out: they are surnames too.
    private static readonly FrozenSet<string> OrganizationWords = FrozenSet.ToFrozenSet(
        ["News", "Press", "Agency", "Network", "Media", "Sport", "Sports", "Staff", "Service", "Services", "Wire", "Newswire", "Radio", "Television", "TV", "Group", "Desk", "Bureau", "Newsroom", "Correspondents", "Reporters", "Editors"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Agencies = FrozenSet.ToFrozenSet(
        ["AP", "AFP", "Reuters", "Bloomberg", "TASS", "Xinhua", "Yonhap", "Kyodo", "dpa", "ANSA", "EFE", "PTI", "UPI", "Anadolu", "Interfax", "RIA Novosti", "ANI", "IANS", "CNN", "BBC", "NPR", "AAP", "CP", "NTB", "TT", "Belga", "Lusa", "PAP", "CTK", "MTI", "Tanjug", "Ukrinform", "Bernama", "Antara", "IRNA", "WAFA", "KCNA", "ABC", "NBC", "CBS", "Fox"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> names an agency or outlet rather than a person.</summary>
    public static bool IsOrganization(string text)
    {
        var trimmed = Trim(text);
        if (trimmed.Length == 0 || trimmed.Length > 60)
        {
            return false;
        }

        if (Agencies.Contains(trimmed) || OutletCatalog.ByNameOrAlias(trimmed) is not null)
        {
            return true;
        }

        // "The Sahel Observer": people's names do not start with "The".
        var untrimmed = text.Trim();
        if (untrimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && untrimmed.Length > 6 && char.IsUpper(untrimmed[4]) && untrimmed.Split(' ') is { Length: >= 2 and <= 6 } words &&
            words[1].TrimEnd('.') is not ("Rev" or "Reverend" or "Hon" or "Honourable" or "Honorable" or "Right" or "Very" or "Most"))
        {
            return true;
        }

        var lastSpace = trimmed.LastIndexOf(' ');
        return lastSpace > 0 && OrganizationWords.Contains(trimmed[(lastSpace + 1)..]) && char.IsUpper(trimmed[0]);
    }

    /// <summary>True for a well-known news agency name ("Reuters", "AP", "AFP").</summary>
    public static bool IsAgency(string text) => Agencies.Contains(Trim(text));

    /// <summary>The organization name without "the", "Staff" or surrounding punctuation ("Reuters Staff" → "Reuters").</summary>
    public static string Trim(string text)
    {
        var trimmed = text.Trim().Trim('.', ',', ';', ':', '(', ')', '[', ']', '*', '_', ' ');
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && OutletCatalog.ByNameOrAlias(trimmed) is null)
        {
            trimmed = trimmed[4..];
        }

        if (trimmed.EndsWith(" Staff", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^6];
        }

        return trimmed;
    }
}
