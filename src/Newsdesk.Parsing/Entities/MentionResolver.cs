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

        var shortKeys = ShortKeys(entities);
        var firstNames = FirstNames(entities);
        var acronyms = Acronyms(units, mentions, entities);
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Single)
            {
                ResolveSingle(m, entities, byKey, shortKeys, firstNames, acronyms);
            }
            else if (m.Kind == MentionKind.Gazetteer && m.CountryCode is null && m.End - m.Start == 1 && m.Entity >= 0 &&
                     !units[m.Unit].Tokens[m.Start].Has(TokenFlags.AllCaps) && shortKeys.TryGetValue(m.Surface, out var people))
            {
                // "Austin" the city vs Lloyd Austin in the same article: the person wins.
                var previous = entities[m.Entity];
                previous.Positions.Remove(m.Position);
                var person = Pick(people, entities, m.Position);
                person.Add(m, Index(entities, person));
                m.Type = EntityType.Person;
            }
        }

        MergeClubCities(mentions, entities);
    }

    /// <summary>"FC Barcelona" in the article: a bare "Barcelona" is the club, not the city.</summary>
    private static void MergeClubCities(List<Mention> mentions, List<EntityBuild> entities)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            var club = entities[i];
            if (club.Type != EntityType.Organization || ClubCity(club.Canonical) is not { } city)
            {
                continue;
            }

            var place = entities.FindIndex(e => e.Type == EntityType.Place && e.CountryCode is null && e.Canonical == city);
            if (place < 0)
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.Entity == place)
                {
                    m.Type = EntityType.Organization;
                    club.Add(m, i);
                }
            }

            entities[place].Positions.Clear();
        }
    }

    private static string? ClubCity(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || name.IndexOf(' ', space + 1) >= 0)
        {
            return null;
        }

        var (first, second) = (name[..space], name[(space + 1)..]);
        return first is "FC" or "AC" or "CF" or "SC" or "AS" or "SSC" or "CD" or "RC" ? second : second is "FC" or "CF" or "AFC" ? first : null;
    }

    private static void AddNamed(Gazetteer gaz, Mention m, string key, List<EntityBuild> entities, Dictionary<string, int> byKey)
    {
        var full = TypeKey(m.Type, key);
        if (!byKey.TryGetValue(full, out var index))
        {
            // "Chinese Foreign Ministry" and "Foreign Ministry" in one article: one organization, the longer name.
            var bare = m.Kind == MentionKind.Named && m.Type == EntityType.Organization ? WithoutDemonym(gaz, key) : null;
            if (bare is not null && byKey.TryGetValue(TypeKey(m.Type, bare), out index))
            {
                entities[index].Canonical = key;
            }
            else
            {
                index = entities.Count;
                entities.Add(new EntityBuild(m.Type, key, m.CountryCode));
                if (bare is not null)
                {
                    byKey[TypeKey(m.Type, bare)] = index;
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
            index = FindSubName(words, entities);
            if (index < 0)
            {
                index = entities.Count;
                entities.Add(new EntityBuild(EntityType.Person, m.Surface, null)
                {
                    Words = words.Length,
                    ShortKey = m.FamilyNameFirst ? words[0] : words[^1],
                });
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

    // "Vladimir Putin" within "Vladimir Vladimirovich Putin" (same first and last word), either way round.
    private static int FindSubName(string[] words, List<EntityBuild> entities)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Type != EntityType.Person || e.Words < 2)
            {
                continue;
            }

            var other = e.Canonical.Split(' ');
            if (string.Equals(other[0], words[0], StringComparison.Ordinal) && string.Equals(other[^1], words[^1], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void ResolveSingle(Mention m, List<EntityBuild> entities, Dictionary<string, int> byKey,
        Dictionary<string, List<int>> shortKeys, Dictionary<string, int> firstNames, Dictionary<string, int> acronyms)
    {
        if (shortKeys.TryGetValue(m.Surface, out var people))
        {
            var person = Pick(people, entities, m.Position);
            person.Add(m, Index(entities, person));
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

    /// <summary>Among people sharing a short form: the one mentioned most recently before, else the most mentioned.</summary>
    private static EntityBuild Pick(List<int> people, List<EntityBuild> entities, long position)
    {
        var best = entities[people[0]];
        if (people.Count == 1)
        {
            return best;
        }

        var bestAt = best.LastBefore(position);
        foreach (var i in people)
        {
            var candidate = entities[i];
            var at = candidate.LastBefore(position);
            if (at > bestAt || (at == bestAt && candidate.Positions.Count > best.Positions.Count))
            {
                best = candidate;
                bestAt = at;
            }
        }

        return best;
    }

    private static int Index(List<EntityBuild> entities, EntityBuild entity) => entities.IndexOf(entity);

    /// <summary>First words of Western-order full names; -1 when two people share one.</summary>
    private static Dictionary<string, int> FirstNames(List<EntityBuild> entities)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Person, Words: >= 2 } e && !string.Equals(e.ShortKey, FirstWord(e.Canonical), StringComparison.Ordinal))
            {
                var word = FirstWord(e.Canonical);
                first[word] = first.ContainsKey(word) ? -1 : i;
            }
        }

        return first;
    }

    private static string FirstWord(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 ? name[..space] : name;
    }

    private static Dictionary<string, List<int>> ShortKeys(List<EntityBuild> entities)
    {
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Person, ShortKey: { } key, Words: >= 2 })
            {
                AddKey(keys, key, i);
                var dash = key.IndexOf('-');
                if (dash is > 0 and <= 3 && Text.CharClass.IsNameParticle(key.AsSpan(0, dash)))
                {
                    // "al-Sager" is also "Sager".
                    AddKey(keys, key[(dash + 1)..], i);
                }
            }
        }

        return keys;
    }

    private static void AddKey(Dictionary<string, List<int>> keys, string key, int entity)
    {
        if (!keys.TryGetValue(key, out var list))
        {
            keys[key] = list = [];
        }

        if (!list.Contains(entity))
        {
            list.Add(entity);
        }
    }

    /// <summary>"INSS" for "Institute for National Security Strategy": initials, or an acronym in brackets after the name.</summary>
    private static Dictionary<string, int> Acronyms(List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        var acronyms = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<char> initials = stackalloc char[16];
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Organization || m.Entity < 0 || m.Kind == MentionKind.Single)
            {
                continue;
            }

            var words = m.Surface.Split(' ');
            if (words.Length is >= 2 and <= 16)
            {
                var n = 0;
                foreach (var w in words)
                {
                    if (w.Length > 0 && char.IsUpper(w[0]))
                    {
                        initials[n++] = w[0];
                    }
                }

                if (n >= 2)
                {
                    acronyms.TryAdd(initials[..n].ToString(), m.Entity);
                }
            }

            var unit = units[m.Unit];
            var t = unit.Tokens;
            if (m.End + 2 < t.Length && unit.Text[t[m.End].Start] == '(' && t[m.End + 1].Has(TokenFlags.AllCaps) && unit.Text[t[m.End + 2].Start] == ')')
            {
                acronyms.TryAdd(unit.Text.Substring(t[m.End + 1].Start, t[m.End + 1].CoreLength), m.Entity);
            }
        }

        return acronyms;
    }

    private static string? WithoutDemonym(Gazetteer gaz, string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && gaz.DemonymLookup.Contains(name.AsSpan(0, space)) ? name[(space + 1)..] : null;
    }

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
