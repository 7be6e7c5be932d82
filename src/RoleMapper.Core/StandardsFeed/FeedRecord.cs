using RoleMapper.Core.Standards;

namespace RoleMapper.Core.StandardsFeed;

/// <summary>
/// One element of the feed after mapping. <see cref="Standard"/> is null when the record has errors; the reference is
/// still kept (when it could be read) so the error can name the standard whose previous rows are being kept.
/// </summary>
public sealed record FeedRecord(
    int Position,
    string Reference,
    string Version,
    StandardVersion? Standard,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Warnings)
{
    public bool IsValid => Standard is not null;
}
