using RoleMapper.Search.Titles;

namespace RoleMapper.Search.RoleMap;

/// <summary>
/// The titles of <c>data/matching/not-jobs.csv</c>: people a council has who are not its employees (councillors, the
/// mayor, volunteers), so no apprenticeship standard can fit them. A title that reads exactly as one of them
/// (<see cref="KnownTitles.ExactKey"/>) is answered as a role no standard fits: Low throughout, with the reason.
/// Exact only, so a job about them ("Councillor Support Officer") is still a job.
/// </summary>
internal sealed class NotJobs
{
    private readonly Dictionary<string, KnownTitle> byKey = new(StringComparer.Ordinal);

    public NotJobs(TitleParser parser)
    {
        foreach (var row in MatchingData.ReadCsv(MatchingData.NotJobs))
        {
            var key = KnownTitles.ExactKey(parser.Parse(row[0]));
            byKey.TryAdd(key, new KnownTitle(KnownSource.NotAJob, "", row[0], [], row[1], 0, [], 0, null, key));
        }
    }

    /// <summary>The not-a-job title that reads exactly as this one, or null.</summary>
    public KnownTitle? Find(string exactKey) => byKey.GetValueOrDefault(exactKey);
}
