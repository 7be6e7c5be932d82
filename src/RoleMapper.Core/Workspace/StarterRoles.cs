using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.RoleMap;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Workspace;

/// <summary>A service area of the starter catalogue: how many roles it has, how many the council already has, how many fit no standard.</summary>
public sealed record StarterArea(string Name, int Roles, int AlreadySaved, int FitNoStandard);

/// <summary>What starting from the map did: roles added (of them, those the map says no standard fits) and roles skipped as already saved.</summary>
public sealed record StarterOutcome(int Chosen, int Added, int AddedWithoutStandard, int AlreadySaved);

/// <summary>
/// A council's starter catalogue is the sector role map (<see cref="IRoleMapSource"/>): it picks service areas (or all)
/// and gets their roles, each with the map's standards as its suggestion. A suggestion is never a decision: every role
/// added is Suggested (or Unmapped), never Confirmed, so the council still looks at each one, or confirms the
/// High-confidence ones in bulk on purpose. Roles the council already has are skipped (<see cref="CouncilRoles"/>).
/// </summary>
public sealed class StarterRoles(RoleMapperDbContext db, IRoleMapSource map, CouncilRoles roles)
{
    /// <summary>The value that chooses every service area.</summary>
    public const string All = "all";

    /// <summary>The map's service areas, A to Z, with their role counts and how many of those roles the council already has.</summary>
    public async Task<IReadOnlyList<StarterArea>> AreasAsync(CancellationToken ct)
    {
        var saved = await roles.SavedKeysAsync(ct);
        return (await map.LoadAsync(ct))
            .GroupBy(r => r.ServiceArea, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StarterArea(g.Key, g.Count(), g.Count(r => saved.Contains(Details(r).Key)), g.Count(r => r.FitsNoStandard)))
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// Adds the roles of <paramref name="areas"/> (names in any case, or <see cref="All"/>), with the map's suggestions,
    /// all or nothing. <see cref="StarterOutcome.Chosen"/> is 0 when no area named is in the map.
    /// </summary>
    public async Task<StarterOutcome> AddAsync(IReadOnlyCollection<string> areas, string? createdBy, CancellationToken ct)
    {
        var wanted = areas.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var chosen = (await map.LoadAsync(ct)).Where(r => wanted.Contains(All) || wanted.Contains(r.ServiceArea)).ToList();
        if (chosen.Count == 0)
        {
            return new StarterOutcome(0, 0, 0, 0);
        }
        // The map's names are unique (RoleMapFile refuses a repeated one), so a role's key finds its map entry.
        var byKey = chosen.ToDictionary(r => Details(r).Key);
        return await db.InTransactionAsync(async () =>
        {
            var added = await roles.AddAsync(chosen.Select(Details), createdBy, ct);
            var mapped = added.Select(r => (Role: r, Mapped: byKey[r.Key])).ToList();
            var versions = await ApprovedVersions.ForAsync(db, mapped.SelectMany(m => m.Mapped.Standards), ct);
            foreach (var (role, entry) in mapped)
            {
                SuggestFromMap(role, entry, versions);
            }
            await db.SaveChangesAsync(ct);
            return new StarterOutcome(chosen.Count, added.Count, mapped.Count(m => m.Mapped.FitsNoStandard), chosen.Count - added.Count);
        }, ct);
    }

    private static RoleDetails Details(MappedRole role) => new(role.Title, role.ServiceArea, JobFamily: role.JobFamily);

    /// <summary>
    /// The map's first standard (approved today) becomes the role's suggestion, with the map's reason. The matcher has
    /// already suggested (<see cref="CouncilRoles.AddAsync(IEnumerable{RoleDetails}, string?, CancellationToken)"/>); for
    /// a title the map holds it puts the map's first standard first, High (docs/matching.md, Confidence). When it agrees,
    /// its confidence stands: it is calibrated, and the nightly refresh after a feed import gives the same again. When
    /// it does not (the index was built from an earlier map, the title is also a name of another role, the map's first
    /// standard is no longer approved), people's mapping still leads, but only Medium: High is what bulk confirmation
    /// takes without a look, and nothing here has checked the map's choice against the evidence. The map's other
    /// standards are not stored: a role keeps one suggestion, and its page lists the matcher's, where they come next.
    /// A role the map says no standard fits is added Unmapped, with the map's reason in place of a suggestion; it is a
    /// real council role the workforce plan counts, so leaving it out would hide it.
    /// </summary>
    private static void SuggestFromMap(JobRole role, MappedRole entry, IReadOnlyDictionary<string, ApprovedVersion> versions)
    {
        if (entry.FitsNoStandard)
        {
            (role.SuggestedReference, role.SuggestedConfidence, role.Status) = (null, null, MappingStatus.Unmapped);
            role.SuggestedReason = Shorten($"The sector role map says no standard fits '{entry.Title}': {entry.Reason}");
            return;
        }
        // A mapping to standards that are all retired today suggests nothing that could be confirmed; the matcher's stays.
        if (entry.Standards.FirstOrDefault(versions.ContainsKey) is not { } first)
        {
            return;
        }
        var agrees = role.SuggestedReference == first && first == entry.Standards[0];
        role.SuggestedConfidence = agrees ? role.SuggestedConfidence : Confidence.Medium;
        role.SuggestedReference = first;
        role.SuggestedReason = Shorten($"The sector role map maps '{entry.Title}' to {versions[first].Title}: {entry.Reason}");
        role.Status = MappingStatus.Suggested;
    }

    private static string Shorten(string reason) => reason.Length > JobRole.MaxReasonLength ? reason[..JobRole.MaxReasonLength] : reason;
}
