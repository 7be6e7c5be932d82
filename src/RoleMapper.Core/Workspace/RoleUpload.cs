using RoleMapper.Core.Tenancy;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A role file a council uploaded and is previewing, kept between the preview and "save the good rows". It lives in the
/// database, not in a node's memory or disk, because the requests may reach different web nodes. The file is read once,
/// at upload: what is kept is what the reader made of it (<see cref="Preview"/>), which the preview shows and the saving
/// saves. It is short-lived: deleted when saved or cancelled, and swept once older than <see cref="Lifetime"/>.
/// </summary>
public sealed class RoleUpload : IOrganisationOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string FileName { get; set; }
    /// <summary>The file's <see cref="RoleFiles.RoleFilePreview"/> as read at upload, as UTF-8 JSON (<see cref="RoleFiles.RoleFilePreviewJson"/>).</summary>
    public required byte[] Preview { get; set; }
    public string? CreatedByUserId { get; set; }
    public DateTime CreatedUtc { get; set; }
}
