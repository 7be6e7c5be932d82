using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A role file a council uploaded and is previewing, kept between the preview and "save the good rows". It lives in the
/// database, not in a node's memory or disk, because the two requests may reach different web nodes. It is short-lived:
/// deleted when saved or cancelled, and swept once older than <see cref="Lifetime"/>.
/// The file is read again on saving, so rows are checked against the roles saved by then.
/// </summary>
public sealed class RoleUpload : IOrganisationOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string FileName { get; set; }
    public required byte[] Content { get; set; }
    public string? CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
}
