using RoleMapper.Search.Indexing;
using RoleMapper.Search.Occupations;

namespace RoleMapper.Search.Matching;

/// <summary>
/// Borrows the standards of a title's ONS unit group: "Lengthsman" is in the group of road workers and highways
/// operatives, whose titles match Highways maintenance skilled operative. The title is looked up whole, then without
/// its first words ("Senior Street Lighting Inspector", "Street Lighting Inspector", "Lighting Inspector"); a single
/// word counts only when the ONS puts it in one group, since "Officer" alone says nothing.
/// A standard the title's own words also found gains a little; one found only through the group comes in at Low to
/// Medium, never High.
/// </summary>
internal sealed class OccupationGroups(OnsOccupations ons, SocStandards standards)
{
    /// <summary>Most a group can add to a standard the title's words already found, for a whole-title and a tail match.</summary>
    public const float Agreement = 0.25f;
    public const float TailAgreement = 0.15f;
    /// <summary>A standard found only through the group scores this plus <see cref="PerShare"/> times its share.</summary>
    public const float Base = 0.35f;
    public const float TailBase = 0.2f;
    public const float PerShare = 0.5f;
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

    public void Apply(Dictionary<StandardEntry, ScoredStandard> scored, TitleQuery query, MatchOptions options, StandardsSearcher searcher)
    {
        var job = query.Jobs[0];
        var (groups, whole) = GroupsOf(job);
        foreach (var group in groups)
        {
            foreach (var standard in standards.Of(group))
            {
                if (!searcher.ByReference.TryGetValue(standard.Reference, out var entry) || !CandidateQuery.Allows(options, entry))
                {
                    continue;
                }
                if (scored.TryGetValue(entry, out var existing))
                {
                    if (existing.OccupationGroup is null)
                    {
                        scored[entry] = existing with { Score = existing.Score + (whole ? Agreement : TailAgreement) * standard.Share, OccupationGroup = group };
                    }
                }
                else
                {
                    var evidence = CandidateScorer.Score(entry, job);
                    scored[entry] = new ScoredStandard(entry, (whole ? Base : TailBase) + PerShare * standard.Share + 0.5f * evidence.Score, evidence, Leadership: false)
                    {
                        OccupationGroup = group,
                    };
                }
            }
        }
    }
}
