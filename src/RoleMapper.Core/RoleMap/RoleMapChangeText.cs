namespace RoleMapper.Core.RoleMap;

/// <summary>What an edit changed, in the words the change log keeps: "Standards: ST0001, ST0002 → ST0003".</summary>
public static class RoleMapChangeText
{
    public static string? Describe(MappedRole before, MappedRole after)
    {
        var parts = new List<string>();
        void Field(string name, string was, string now)
        {
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                parts.Add($"{name}: {was} → {now}");
            }
        }
        Field("Title", before.Title, after.Title);
        Field("Service area", before.ServiceArea, after.ServiceArea);
        Field("Job family", before.JobFamily, after.JobFamily);
        Field("Standards", Standards(before), Standards(after));
        var added = after.Aliases.Except(before.Aliases, StringComparer.Ordinal).ToList();
        var removed = before.Aliases.Except(after.Aliases, StringComparer.Ordinal).ToList();
        if (added.Count > 0 || removed.Count > 0)
        {
            parts.Add("Aliases: " + string.Join("; ", new[]
            {
                added.Count > 0 ? "added " + string.Join(", ", added) : null,
                removed.Count > 0 ? "removed " + string.Join(", ", removed) : null,
            }.OfType<string>()));
        }
        else if (!before.Aliases.SequenceEqual(after.Aliases, StringComparer.Ordinal))
        {
            parts.Add("Aliases: reordered");
        }
        Field("Reason", before.Reason, after.Reason);
        return parts.Count == 0 ? null : Clip(string.Join("; ", parts));
    }

    public static string Added(MappedRole role) =>
        Clip($"Added {role.Title} ({role.ServiceArea}); standards: {Standards(role)}; reason: {role.Reason}");

    public static string Standards(MappedRole role) => role.FitsNoStandard ? "none" : string.Join(", ", role.Standards);

    /// <summary>A change a new release of the built-in map made (<see cref="MergeReleasedRoleMap"/>).</summary>
    public static string Released(string what) => Clip($"From RoleMapper's built-in map: {what}");

    private static string Clip(string text) => text.Length > RoleMapChange.MaxWhatLength ? text[..(RoleMapChange.MaxWhatLength - 1)] + "…" : text;
}
