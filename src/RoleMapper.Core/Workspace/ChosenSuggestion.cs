using System.Globalization;

namespace RoleMapper.Core.Workspace;

/// <summary>
/// A role ticked for bulk confirmation, with the standard the person saw suggested for it. Confirming checks both, so
/// a suggestion the nightly refresh changed after the page was shown is not confirmed in the person's name.
/// Written in a form as "12:ST0116".
/// </summary>
public readonly record struct ChosenSuggestion(int RoleId, string Reference)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{RoleId}:{Reference}");

    /// <summary>The chosen values of a form; one that is not "id:reference" is left out (it can only be tampering).</summary>
    public static IReadOnlyList<ChosenSuggestion> ParseAll(IEnumerable<string?> values) =>
        values.Select(v => v?.Split(':', 2) is [var id, var reference]
                && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var roleId) && reference.Length > 0
                ? new ChosenSuggestion(roleId, reference) : (ChosenSuggestion?)null)
            .OfType<ChosenSuggestion>()
            .ToList();
}
