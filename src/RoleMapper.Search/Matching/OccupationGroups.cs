using RoleMapper.Search.Indexing;
using RoleMapper.Search.Occupations;

namespace RoleMapper.Search.Matching;

/// <summary>
/// Borrows the standards of a title's ONS unit group: "Lengthsman" is in the group of road workers and highways
/// operatives, whose titles match Highways maintenance skilled operative. The title is looked up whole, then without
/// its first words ("Senior Street Lighting Inspector", "Street Lighting Inspector", "Lighting Inspector"); a single
/// word counts only when the ONS puts it in one group, since "Officer" alone says nothing. The group's share of each
/// standard is a feature (whole-title and tail matches apart); the model decides how much it counts.
/// </summary>
internal sealed class OccupationGroups(OnsOccupations ons, SocStandards standards)
{
    private const int MostGroups = 2;

    public OnsOccupations Ons => ons;

    /// <summary>The unit groups of the longest tail of the job that the ONS index has as a title, and whether that
    /// tail is the whole job.</summary>
    public (IReadOnlyList<string> Groups, bool Whole) GroupsOf(JobQuery job)
    {
        var key = job.ExactKey;
        var words = key.Count(c => c == ' ') + 1;
        for (var start = 0; start < words; start++)
        {
            // Each tail of the stemmed words is a substring of the key: no joining needed.
            var groups = ons.GroupsOf(key);
            var oneWord = start == words - 1;
            key = oneWord ? key : key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            if (groups.Count == 0)
            {
                continue;
            }
            return (groups.Count > MostGroups || (oneWord && groups.Count > 1) ? [] : groups, start == 0);
        }
        return ([], false);
    }

    /// <summary>Adds the group's standards to the pool, and marks each with its group and share.</summary>
    public void Apply(Dictionary<StandardEntry, ScoredStandard> pool, JobQuery job, MatchOptions options, StandardsSearcher searcher)
    {
        var (groups, whole) = GroupsOf(job);
        foreach (var group in groups)
        {
            foreach (var standard in standards.Of(group))
            {
                if (!searcher.ByReference.TryGetValue(standard.Reference, out var entry) || !CandidateQuery.Allows(options, entry))
                {
                    continue;
                }
                var candidate = pool.TryGetValue(entry, out var existing) ? existing : pool[entry] = new ScoredStandard(entry);
                if (candidate.OccupationGroup is null || standard.Share > candidate.OccupationShare)
                {
                    candidate.OccupationGroup = group;
                    candidate.OccupationShare = standard.Share;
                    candidate.OccupationWhole = whole;
                }
            }
        }
    }
}
