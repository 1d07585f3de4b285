namespace ConsultHub.Domain.Summaries;

/// <summary>Orders ids such as P2 before P10: shorter first, then ordinal.</summary>
internal sealed class IdOrder : IComparer<string>
{
    public static readonly IdOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var byLength = (x?.Length ?? -1).CompareTo(y?.Length ?? -1);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }
}
