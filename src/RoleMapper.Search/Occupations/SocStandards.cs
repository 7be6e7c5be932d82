namespace RoleMapper.Search.Occupations;

/// <summary>One standard that the job titles of an ONS unit group match, and the share of them that match it.</summary>
public sealed record SocStandard(string Reference, float Share);

/// <summary>
/// Which standards the jobs of each ONS unit group match (data/matching/soc-standards.csv): made by matching every
/// title of the coding index with the matcher itself and counting the High-confidence answers per group
/// (<c>dotnet run --project tools/RoleMapper.Benchmarks -- soc-standards</c>). A title the standards do not name, like
/// "Lengthsman", can then borrow the standards that the other jobs of its group ("Road worker", "Highways operative")
/// match. Derived from ONS and the standards only; no labelled titles are involved.
/// </summary>
public sealed class SocStandards
{
    private readonly Dictionary<string, List<SocStandard>> byGroup;

    public SocStandards(IEnumerable<(string Soc, SocStandard Standard)> rows)
    {
        byGroup = rows.GroupBy(r => r.Soc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Standard).OrderByDescending(s => s.Share).ToList(), StringComparer.Ordinal);
    }

    public static SocStandards Load() => new(MatchingData.ReadCsv(MatchingData.SocStandards).Select(r =>
        (r[0], new SocStandard(r[1], float.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)))));

    public static SocStandards Empty { get; } = new([]);

    public int GroupCount => byGroup.Count;

    public IReadOnlyList<SocStandard> Of(string soc) => byGroup.TryGetValue(soc, out var list) ? list : [];
}
