using System.Collections.Frozen;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Gazetteers;

/// <summary>
/// The word lists of entity extraction (embedded TSV files under Gazetteers/Data), loaded once,
/// lazily, into frozen collections. Phrase keys are the phrase's tokens joined by one space.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private Gazetteer(GazetteerBuilder b)
    {
        Phrases = b.Phrases.ToFrozenDictionary(StringComparer.Ordinal);
        PhrasesIgnoreCase = b.PhrasesIgnoreCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        PhrasePrefixes = b.Prefixes.ToFrozenSet(StringComparer.Ordinal);
        Roles = b.Roles.ToFrozenSet(StringComparer.Ordinal);
        RolePrefixes = b.RolePrefixes.ToFrozenSet(StringComparer.Ordinal);
        Demonyms = b.Demonyms.ToFrozenSet(StringComparer.Ordinal);
        OrgCues = b.OrgCues.ToFrozenDictionary(StringComparer.Ordinal);
        ReportingVerbs = b.ReportingVerbs.ToFrozenDictionary(StringComparer.Ordinal);
        PhraseLookup = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        PhraseIgnoreCaseLookup = PhrasesIgnoreCase.GetAlternateLookup<ReadOnlySpan<char>>();
        PrefixLookup = PhrasePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        RoleLookup = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
        RolePrefixLookup = RolePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymLookup = Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        OrgCueLookup = OrgCues.GetAlternateLookup<ReadOnlySpan<char>>();
        VerbLookup = ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        GivenNames = Set("given-names.tsv", StringComparer.Ordinal);
        Stopwords = Set("stopwords-capitalized.tsv", StringComparer.Ordinal);
        Honorifics = Set("honorifics.tsv", StringComparer.Ordinal);
        PersonCues = Set("person-cues.tsv", StringComparer.OrdinalIgnoreCase);
        OrgAppositives = Set("org-appositives.tsv", StringComparer.OrdinalIgnoreCase);
        PlaceCues = b.PlaceCues.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        PlaceTitles = b.PlaceTitles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        PlaceLeads = b.PlaceLeads.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        NonEntityAcronyms = Set("non-entity-acronyms.tsv", StringComparer.Ordinal);
        GeoNouns = Set("geo-nouns.tsv", StringComparer.Ordinal);
        CompanyCues = Set("company-cues.tsv", StringComparer.Ordinal);
        PlaceOfNouns = Set("place-of-nouns.tsv", StringComparer.Ordinal);
        EastAsianSurnames = Set("surnames-east-asian.tsv", StringComparer.Ordinal);
        OrgNounsAfter = Set("org-nouns-after.tsv", StringComparer.Ordinal);
        OrgUnitNouns = Set("org-unit-nouns.tsv", StringComparer.Ordinal);
        ClubRoles = Set("club-roles.tsv", StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shared instance.</summary>
    public static Gazetteer Default => Instance.Value;

    /// <summary>Places and organizations by exact surface phrase (canonical names and aliases).</summary>
    public FrozenDictionary<string, GazetteerEntry> Phrases { get; }

    /// <summary>Non-acronym phrases, case-insensitive, for all-caps datelines and headlines.</summary>
    public FrozenDictionary<string, GazetteerEntry> PhrasesIgnoreCase { get; }

    /// <summary>Every proper token prefix of a phrase (to keep scanning through "People's").</summary>
    public FrozenSet<string> PhrasePrefixes { get; }

    /// <summary>Role titles ("Prime Minister").</summary>
    public FrozenSet<string> Roles { get; }

    /// <summary>Proper prefixes of multi-word role titles.</summary>
    public FrozenSet<string> RolePrefixes { get; }

    /// <summary>National adjectives and demonyms: never places.</summary>
    public FrozenSet<string> Demonyms { get; }

    /// <summary>Organization cue words and where they sit.</summary>
    public FrozenDictionary<string, OrgCuePosition> OrgCues { get; }

    /// <summary>Reporting verbs; the value is true for participles ("saying").</summary>
    public FrozenDictionary<string, bool> ReportingVerbs { get; }

    public FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; }

    public FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> PhraseIgnoreCaseLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RolePrefixLookup { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    public FrozenDictionary<string, OrgCuePosition>.AlternateLookup<ReadOnlySpan<char>> OrgCueLookup { get; }

    public FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> VerbLookup { get; }

    /// <summary>Common given names.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames { get; }

    /// <summary>Capitalised words that are never names.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stopwords { get; }

    /// <summary>Mr., Ms., Dr., ...</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics { get; }

    /// <summary>Lower-case person nouns ("professor", "spokesman").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonCues { get; }

    /// <summary>Lower-case organization nouns before a name ("carmaker").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgAppositives { get; }

    /// <summary>Last words that make a name a place ("Square").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceCues { get; }

    /// <summary>First words that make a name a place ("Cape York", "Palais des Nations").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLeads { get; }

    /// <summary>Titles that also start place names before a given name ("Prince Albert", "Queen Charlotte").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceTitles { get; }

    /// <summary>All-caps terms that are not organizations ("GDP", "NEER", "IPO").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonEntityAcronyms { get; }

    /// <summary>Lower-case geographic nouns after a name or heading its appositive ("river", "peninsula").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GeoNouns { get; }

    /// <summary>Lower-case company nouns near a name ("maker", "companies").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyCues { get; }

    /// <summary>Lower-case nouns right after an unknown name that make it an organization ("the Creemos alliance").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgNounsAfter { get; }

    /// <summary>Lower-case nouns for an organization's branch or officer after a geographic noun ("Congress state president").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgUnitNouns { get; }

    /// <summary>Sports roles after a city that make it the club ("Lyon midfielder"), any case.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClubRoles { get; }

    /// <summary>Lower-case words before "of" that make the next name a place ("residents of").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceOfNouns { get; }

    /// <summary>Family names written first ("Kim", "Xi").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EastAsianSurnames { get; }

    /// <summary>Joins a phrase's tokens with single spaces, the key form of every phrase lookup.</summary>
    public static string Key(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        return string.Join(' ', tokens.Select(t => phrase.Substring(t.Start, t.Length)));
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string file, StringComparer comparer) =>
        TsvResource.Words(file).ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Gazetteer Load() => new(GazetteerBuilder.Build());
}
