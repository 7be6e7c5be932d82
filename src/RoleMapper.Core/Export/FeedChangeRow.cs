namespace RoleMapper.Core.Export;

/// <summary>One change in the standards feed that touches the council's mappings.</summary>
public sealed record FeedChangeRow
{
    public required DateOnly ChangedOn { get; init; }

    public required string StandardReference { get; init; }

    public string? StandardTitle { get; init; }

    public FeedChangeKind Kind { get; init; }

    /// <summary>Titles of the council's roles mapped to the standard.</summary>
    public IReadOnlyList<string> RolesAffected { get; init; } = [];
}
