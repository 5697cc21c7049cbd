using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>The words a person is called by after the first mention: surname (family name first for East Asian names), inner names, unique first names.</summary>
internal static class ShortForms
{
    /// <summary>First words of Western-order full names; -1 when two people share one.</summary>
    public static Dictionary<string, int> FirstNames(List<EntityBuild> entities)
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

    public static string FirstWord(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 ? name[..space] : name;
    }

    public static Dictionary<string, List<int>> ShortKeys(List<EntityBuild> entities)
    {
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var particleSurnames = ParticleSurnames(entities);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Person, ShortKey: { } key, Words: >= 2 } person &&
                !(particleSurnames.TryGetValue(person.Canonical, out var owner) && owner != i))
            {
                AddKey(keys, key, i);
                foreach (var form in NameParticles.SurnameForms(person.Canonical))
                {
                    AddKey(keys, form, i);
                }

                AddInnerNames(keys, entities[i], i);
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

    /// <summary>"van der Berg" -> the person "Pieter van der Berg": particle surnames of full names (the first holder wins).</summary>
    private static Dictionary<string, int> ParticleSurnames(List<EntityBuild> entities)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Person, Words: >= 3, Count: > 0 } person)
            {
                foreach (var form in NameParticles.SurnameForms(person.Canonical))
                {
                    forms.TryAdd(form, i);
                }
            }
        }

        return forms;
    }

    // "Lula" for "Luiz Inácio Lula da Silva": inner capitalised words of long names, after the surname keys.
    private static void AddInnerNames(Dictionary<string, List<int>> keys, EntityBuild person, int index)
    {
        if (person.Words < 3 || person.ShortKey is null || string.Equals(person.ShortKey, FirstWord(person.Canonical), StringComparison.Ordinal))
        {
            return;
        }

        var words = person.Canonical.Split(' ');
        for (var w = 1; w < words.Length - 1; w++)
        {
            if (words[w].Length >= 3 && char.IsUpper(words[w][0]) && !keys.ContainsKey(words[w]))
            {
                AddKey(keys, words[w], index);
            }
        }
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
}
