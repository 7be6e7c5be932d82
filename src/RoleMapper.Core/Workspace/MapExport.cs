using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// One Excel map a council downloaded, kept so earlier months' evidence can be downloaded again exactly as it was.
/// The file is stored in the database (a few hundred KB) so every web node can serve it. Always project away
/// <see cref="Content"/> when listing.
/// </summary>
public sealed class MapExport : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedByUserId { get; set; }
    public string? CreatedByName { get; set; }
    public required string FileName { get; set; }
    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex; the writer is deterministic, so equal maps hash alike.</summary>
    public required string Sha256 { get; set; }
    public int SizeBytes { get; set; }
    /// <summary>The latest successful import when the map was made; "changes since the last export" start after it.</summary>
    public int? ImportRunId { get; set; }
    public required byte[] Content { get; set; }
}
