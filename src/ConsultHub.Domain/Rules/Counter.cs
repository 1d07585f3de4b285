using System.Collections.Immutable;

namespace ConsultHub.Domain.Rules;

/// <summary>Adds to a tally map, dropping keys that fall to zero so equal tallies compare equal.</summary>
internal static class Counter
{
    public static ImmutableSortedDictionary<string, int> Add(ImmutableSortedDictionary<string, int> map, string key, int delta)
    {
        var value = map.GetValueOrDefault(key) + delta;
        return value == 0 ? map.Remove(key) : map.SetItem(key, value);
    }

    public static ImmutableSortedDictionary<string, long> Add(ImmutableSortedDictionary<string, long> map, string key, long delta)
    {
        var value = map.GetValueOrDefault(key) + delta;
        return value == 0 ? map.Remove(key) : map.SetItem(key, value);
    }
}
