namespace RoleMapper.Search.RoleMap;

/// <summary>
/// What cross-validation takes out of the sector role map while it matches a title, as if the map did not have it.
/// A fold holds out whole roles with all their names: the title is a role the map lacks. One name held out keeps the
/// role's other names: the title is a way of writing a role the map has, as a council title near a mapped role is.
/// </summary>
internal sealed class HeldOut
{
    private HeldOut(IReadOnlySet<string>? roles, string? roleId, string? name)
    {
        Roles = roles;
        this.roleId = roleId;
        this.name = name;
    }

    private readonly string? roleId;
    private readonly string? name;

    /// <summary>The roles held out whole; null when only one name is.</summary>
    public IReadOnlySet<string>? Roles { get; }

    public static HeldOut Fold(IReadOnlySet<string> roleIds) => new(roleIds, null, null);

    public static HeldOut OneName(string roleId, string name) => new(null, roleId, name);

    public bool Contains(KnownTitle title) =>
        title.Source == KnownSource.RoleMap
        && (Roles?.Contains(title.RoleId) ?? (title.RoleId == roleId && string.Equals(title.Name, name, StringComparison.Ordinal)));
}
