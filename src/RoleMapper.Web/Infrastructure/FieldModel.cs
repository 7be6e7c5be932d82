namespace RoleMapper.Web.Infrastructure;

/// <summary>What the <c>_Field</c> partial renders: a label, an optional hint, and the input bound to <see cref="Key"/>.</summary>
public sealed record FieldModel(string Key, string Label, string? Value, string Type = "text", string? Hint = null, string? Autocomplete = null);

/// <summary>
/// What the <c>_Choice</c> partial renders: radios in a fieldset, or a select for long lists (and filters), whose
/// first option is <see cref="EmptyText"/> (none when null).
/// </summary>
public sealed record ChoiceModel(string Key, string Label, IReadOnlyList<(string Value, string Text)> Options, string? Selected,
    bool AsRadios = true, string? Hint = null, string? EmptyText = "Choose…")
{
    public static IReadOnlyList<(string Value, string Text)> Of<T>(Func<T, string> text) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v.ToString(), text(v))).ToList();

    public static IReadOnlyList<(string Value, string Text)> Levels(IEnumerable<int> levels) =>
        levels.Select(l => (l.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Level {l}")).ToList();

    public static IReadOnlyList<(string Value, string Text)> Same(IEnumerable<string> values) => values.Select(v => (v, v)).ToList();
}
