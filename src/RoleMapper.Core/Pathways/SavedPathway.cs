using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Pathways;

public enum PathwaySubject
{
    ServiceArea,
    Standard,
}

/// <summary>
/// A career pathway a council saved as evidence (Workforce Development: "use apprenticeship standards to build
/// pathways"): what it was built for, and the ladders as they read when saved, so the evidence stays as it was seen.
/// Saving the same subject again replaces it.
/// </summary>
public sealed class SavedPathway : IOrganisationOwned
{
    public const int MaxKeyLength = 200;
    public const int MaxSummaryLength = 4000;

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public PathwaySubject Subject { get; set; }
    /// <summary>The service area as the council's roles write it, or the standard's reference.</summary>
    public required string Key { get; set; }
    /// <summary>How the pathway is named in lists: the service area, or the standard's label.</summary>
    public required string Name { get; set; }
    /// <summary>The ladders, one a line: "Adult care worker (level 2) → Lead adult care worker (level 3) → ...".</summary>
    public required string Summary { get; set; }
    public DateTime SavedUtc { get; set; }
    public string? SavedByName { get; set; }
}
