using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// Joins mentions into entities within one article: gazetteer and cue names by canonical name,
/// person names by their letters ("Kim Jong Un" = "Kim Jong-un") or as sub-names, then single
/// words to the person whose surname (family name) they are, choosing among several by the most
/// recent earlier mention, else the most mentioned; acronyms meet their expansions.
/// </summary>
internal static class MentionResolver
{
    /// <summary>Resolves pass-one mentions (sorted by position) into <paramref name="entities"/>.</summary>
    public static void Resolve(Gazetteer gaz, List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Single)
            {
                if (m.Type == EntityType.Person)
                {
                    AddPerson(m, entities, byKey);
                }
                else
                {
                    AddNamed(gaz, m, m.Canonical ?? StripThe(m.Surface), entities, byKey);
                }
            }
        }

        var shortKeys = ShortForms.ShortKeys(entities);
        var firstNames = ShortForms.FirstNames(entities);
        var acronyms = AcronymIndex.Acronyms(units, mentions, entities);
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Single)
            {
                ResolveSingle(gaz, m, entities, byKey, shortKeys, firstNames, acronyms);
            }
            else if (m.Kind == MentionKind.Named && m.Type == EntityType.Person && m.Entity >= 0 && NameParticles.StartsWithParticle(m.Surface) &&
                     shortKeys.TryGetValue(m.Surface, out var namesakes) && !namesakes.Contains(m.Entity))
            {
                // "De Luca told reporters" after "Marco De Luca": the surname with its particle, not a second person.
                entities[m.Entity].Remove(m.Position);
                var person = Pick(namesakes, entities, m.Position);
                entities[person].Add(m, person);
            }
            else if (m.Kind is MentionKind.Gazetteer or MentionKind.Named && m.CountryCode is null && m.End - m.Start == 1 && m.Entity >= 0 &&
                     !units[m.Unit].Tokens[m.Start].Has(TokenFlags.AllCaps) && shortKeys.TryGetValue(m.Surface, out var people))
            {
                // "Austin" the city vs Lloyd Austin in the same article: the person wins.
                var previous = entities[m.Entity];
                previous.Remove(m.Position);
                var person = Pick(people, entities, m.Position);
                entities[person].Add(m, person);
                m.Type = EntityType.Person;
            }
        }

        KnownAsAliases.Merge(units, mentions, entities);
        RepeatedUnknownNames(gaz, units, mentions, entities, byKey);
        OrganizationPlaces.Convert(gaz, units, mentions, entities);
        EntityMerges.MergeClubCities(mentions, entities);
        PlaceClubs.Convert(gaz, units, mentions, entities);
        EntityMerges.MergePeopleIntoOrganizations(mentions, entities);
        OrganizationEponyms.Merge(gaz, mentions, entities);
        OrganizationShortForms.Merge(gaz, units, mentions, entities);
        PlaceShortForms.Merge(gaz, units, mentions, entities);
        EntityMerges.MergeBracketedShortNames(units, mentions, entities);
    }

    private static void AddNamed(Gazetteer gaz, Mention m, string key, List<EntityBuild> entities, Dictionary<string, int> byKey)
    {
        var full = TypeKey(m.Type, key);
        if (!byKey.TryGetValue(full, out var index))
        {
            // "Chinese Foreign Ministry" and "Foreign Ministry" in one article: one organization, the longer name.
            var bare = m.Kind == MentionKind.Named && m.Type == EntityType.Organization ? WithoutDemonym(gaz, key) : null;
            // "Kazakh Foreign Ministry" then "Russian Foreign Ministry": two countries' ministries stay apart (the bare name keeps the first).
            if (bare is not null && byKey.TryGetValue(TypeKey(m.Type, bare), out index) && !QualifiedOtherwise(gaz, entities[index].Canonical, key, bare))
            {
                entities[index].Canonical = key;
            }
            else
            {
                index = entities.Count;
                entities.Add(new EntityBuild(m.Type, key, m.CountryCode));
                if (bare is not null)
                {
                    byKey.TryAdd(TypeKey(m.Type, bare), index);
                }
            }

            byKey[full] = index;
        }

        entities[index].Add(m, index);
    }

    private static void AddPerson(Mention m, List<EntityBuild> entities, Dictionary<string, int> byKey)
    {
        var words = m.Surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var compact = TypeKey(EntityType.Person, Compact(m.Surface));
        if (!byKey.TryGetValue(compact, out var index))
        {
            var firstLast = words.Length >= 2 ? FirstLastKey(words) : null;
            if (firstLast is null || !byKey.TryGetValue(firstLast, out index))
            {
                index = entities.Count;
                entities.Add(new EntityBuild(EntityType.Person, m.Surface, null)
                {
                    Words = words.Length,
                    ShortKey = m.FamilyNameFirst ? words[0] : words[^1],
                });
                if (firstLast is not null)
                {
                    byKey[firstLast] = index;
                }
            }

            byKey[compact] = index;
        }

        var entity = entities[index];
        if (words.Length > entity.Words)
        {
            entity.Canonical = m.Surface;
            entity.Words = words.Length;
        }

        entity.Add(m, index);
    }

    // "Vladimir Putin" and "Vladimir Vladimirovich Putin" share their first and last word: one person.
    private static string FirstLastKey(string[] words) => TypeKey(EntityType.Person, "\u0001" + words[0] + "\u0001" + words[^1]);

    private static void ResolveSingle(Gazetteer gaz, Mention m, List<EntityBuild> entities, Dictionary<string, int> byKey,
        Dictionary<string, List<int>> shortKeys, Dictionary<string, int> firstNames, Dictionary<string, int> acronyms)
    {
        if (m.Type == EntityType.Organization)
        {
            // An unknown acronym: the organization it abbreviates, else an organization of its own.
            if (acronyms.TryGetValue(m.Surface, out var expanded))
            {
                entities[expanded].Add(m, expanded);
            }
            else
            {
                AddNamed(gaz, m, m.Surface, entities, byKey);
            }

            return;
        }

        if (shortKeys.TryGetValue(m.Surface, out var people) ||
            (NameParticles.StartsWithParticle(m.Surface) && shortKeys.TryGetValue(m.Surface[(m.Surface.LastIndexOf(' ') + 1)..], out people)))
        {
            var person = Pick(people, entities, m.Position);
            entities[person].Add(m, person);
            return;
        }

        if (acronyms.TryGetValue(m.Surface, out var org))
        {
            m.Type = EntityType.Organization;
            entities[org].Add(m, org);
            return;
        }

        if (firstNames.TryGetValue(m.Surface, out var holder) && holder >= 0)
        {
            // "Prince Faisal", "Xavi": a first name joins the one person it starts ("Vladimir" with two Vladimirs joins none).
            entities[holder].Add(m, holder);
            return;
        }

        if (m.Strong)
        {
            AddPerson(m, entities, byKey);
            var added = entities[m.Entity];
            added.ShortKey ??= m.Surface;
            shortKeys.TryAdd(m.Surface, [m.Entity]);
        }
    }

    /// <summary>
    /// A single capitalised word that is nobody's short form but recurs, at least once mid-sentence,
    /// is most often a company or body the article keeps naming ("Kroger", "Albertsons").
    /// </summary>
    private static void RepeatedUnknownNames(Gazetteer gaz, List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities, Dictionary<string, int> byKey)
    {
        var counts = new Dictionary<string, (int Count, bool MidSentence, bool AfterThe)>(StringComparer.Ordinal);
        Dictionary<string, int>? heads = null;
        foreach (var m in mentions)
        {
            if (m.Kind != MentionKind.Single || m.Entity >= 0 || m.Type != EntityType.Person)
            {
                continue;
            }

            // A word already named as a place or organization elsewhere ("in Falmouth") is that entity.
            foreach (var type in (ReadOnlySpan<EntityType>)[EntityType.Place, EntityType.Organization])
            {
                if (byKey.TryGetValue(TypeKey(type, m.Surface), out var known) && entities[known].Count > 0)
                {
                    m.Type = type;
                    entities[known].Add(m, known);
                    break;
                }
            }

            if (m.Entity >= 0)
            {
                continue;
            }

            var tokens = units[m.Unit].Tokens;
            var mid = !tokens[m.Start].Has(TokenFlags.SentenceStart);
            var afterThe = m.Start > 0 && NameWords.Is(units[m.Unit].Text, tokens[m.Start - 1], "the");
            heads ??= HeadWords(entities);
            if (afterThe && heads.TryGetValue(m.Surface, out var org) && org >= 0)
            {
                // "the House" after "House of Representatives": the head word of the one "X of Y" organization.
                m.Type = EntityType.Organization;
                entities[org].Add(m, org);
                continue;
            }

            counts[m.Surface] = counts.TryGetValue(m.Surface, out var c) ? (c.Count + 1, c.MidSentence || mid, c.AfterThe || afterThe) : (1, mid, afterThe);
        }

        HashSet<string>? lowerWords = null;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Single && m.Entity < 0 && m.Type == EntityType.Person && counts.ContainsKey(m.Surface) && counts[m.Surface] is { Count: >= 2, MidSentence: true, AfterThe: false } &&
                !gaz.GivenNames.Contains(m.Surface) && !gaz.DemonymLookup.Contains(m.Surface) &&
                // "Shingles can be painful" (quoted) next to "a shingles vaccine": a common noun capitalised at the start of a quotation.
                !(lowerWords ??= LowerCaseWords(units)).Contains(m.Surface.ToLowerInvariant()))
            {
                m.Type = EntityType.Organization;
                AddNamed(gaz, m, m.Surface, entities, byKey);
            }
        }
    }

    /// <summary>The words the article writes in lower case (bounded per unit, so hostile text stays linear).</summary>
    private static HashSet<string> LowerCaseWords(List<TextUnit> units)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var t in unit.Tokens)
            {
                if (t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized) && t.CoreLength >= 3 && char.IsLower(unit.Text[t.Start]))
                {
                    words.Add(t.Core(unit.Text).ToString());
                }
            }
        }

        return words;
    }

    /// <summary>"House" for "House of Representatives", "Ministry" for "Ministry of Finance": -1 when two organizations share it.</summary>
    private static Dictionary<string, int> HeadWords(List<EntityBuild> entities)
    {
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is not { Type: EntityType.Organization, Count: > 0 } org)
            {
                continue;
            }

            var name = org.Canonical;
            var space = name.IndexOf(' ');
            if (space > 0 && name.AsSpan(space).StartsWith(" of ", StringComparison.Ordinal) && char.IsUpper(name[0]))
            {
                var head = name[..space];
                heads[head] = heads.ContainsKey(head) ? -1 : i;
            }
        }

        return heads;
    }

    /// <summary>Among people sharing a short form: the one mentioned most recently before, else the most mentioned.</summary>
    private static int Pick(List<int> people, List<EntityBuild> entities, long position)
    {
        var best = people[0];
        if (people.Count == 1)
        {
            return best;
        }

        var bestAt = entities[best].LastBefore(position);
        // Real articles have two or three people per short form; hostile ones thousands: look at the latest 32.
        for (var c = Math.Max(0, people.Count - 32); c < people.Count; c++)
        {
            var i = people[c];
            var at = entities[i].LastBefore(position);
            if (at > bestAt || (at == bestAt && entities[i].Count > entities[best].Count))
            {
                best = i;
                bestAt = at;
            }
        }

        return best;
    }

    /// <summary>"Chinese Foreign Ministry" -> "Foreign Ministry", "U.S. Coast Guard" -> "Coast Guard".</summary>
    private static string? WithoutDemonym(Gazetteer gaz, string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        var first = name.AsSpan(0, space);
        return gaz.DemonymLookup.Contains(first) || (gaz.PhraseLookup.TryGetValue(first, out var place) && place.CountryCode is not null)
            ? name[(space + 1)..]
            : null;
    }

    // The entity already carries another demonym or country before the same bare name.
    private static bool QualifiedOtherwise(Gazetteer gaz, string canonical, string key, string bare) =>
        canonical != bare && canonical != key && WithoutDemonym(gaz, canonical) == bare;

    private static string TypeKey(EntityType type, string key) => (char)('0' + (int)type) + key;

    private static string StripThe(string surface) => surface.StartsWith("The ", StringComparison.Ordinal) ? surface[4..] : surface;

    /// <summary>Letters and digits only, lower-cased: "Kim Jong-un" and "Kim Jong Un" meet.</summary>
    internal static string Compact(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && n < buffer.Length)
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..n].ToString();
    }
}
